// swift-tools-version:6.0
// libFuzzer targets over NewsFactsKit, in a package of their own so that the main package's build and
// tests never see the sanitizer flags. Build and run with scripts/fuzz.sh (release, -sanitize=fuzzer,address).
import PackageDescription

let package = Package(
    name: "FuzzTesting",
    dependencies: [
        .package(name: "newsfacts", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: [.product(name: "NewsFactsKit", package: "newsfacts")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
// NewsFacts: numeric facts and entities from Chinese news pages.
//
// Dependencies, and why each one is here rather than hand-written:
// - swift-argument-parser: the command-line interface (subcommands, validation, help, exit codes).
// - OpenSSL's libcrypto (system library, apt libssl-dev): SHA-256 of every input file (documents.jsonl,
//   --resume). Its assembly uses the CPU's SHA extensions; as a system library it adds no build time
//   (swift-crypto would compile BoringSSL on every clean CI build).
// - libxml2 (system library, apt libxml2-dev): the XML writer (xmlTextWriter, streaming) and the XSD
//   validator behind `newsfacts validate`. Only Write/XML* and Validate/XML* import it.
// - zlib (system library, apt zlib1g-dev): crc32() for the journal's chunk checksums. Its sliced,
//   vectorized CRC is about 10x a byte-wise table; the table version was 6.7 % of a run's CPU.
// Decoding uses glibc's iconv (GB18030/GBK, UTF-16); Traditional→Simplified uses OpenCC's dictionaries,
// converted once by scripts/gen-opencc.sh into Sources/NewsFactsKit/Resources/opencc.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "newsfacts",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsFactsKit", targets: ["NewsFactsKit"]),
        .executable(name: "newsfacts", targets: ["newsfacts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "NewsFactsKit",
            dependencies: [
                "CLibXML2",
                "COpenSSL",
                "CZlib",
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "newsfacts",
            dependencies: [
                "NewsFactsKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Shared by both test targets: the hard-case records and the output-folder helpers.
        .target(
            name: "NewsFactsTestSupport",
            dependencies: ["NewsFactsKit"],
            path: "Tests/NewsFactsTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NewsFactsKitTests",
            dependencies: ["NewsFactsKit", "NewsFactsTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "newsfactsTests",
            dependencies: ["NewsFactsKit", "NewsFactsTestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

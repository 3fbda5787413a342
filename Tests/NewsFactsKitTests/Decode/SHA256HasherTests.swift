import Testing
@testable import NewsFactsKit

@Suite struct SHA256HasherTests {
    /// FIPS 180-2 test vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(input: String, expected: String) {
        #expect(SHA256Hasher.hex(of: Array(input.utf8)) == expected)
    }

    @Test func incrementalEqualsWhole() {
        let bytes = Array("全市89所学校获市级“平安校园”称号".utf8)
        var hasher = SHA256Hasher()
        hasher.update(bytes[..<7])
        hasher.update(bytes[7...])
        #expect(hasher.finalize() == SHA256Hasher.hex(of: bytes))
    }
}

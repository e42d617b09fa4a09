/**
 * Known SHA-256 digests of UTF-8 text (FIPS 180-2 examples, the rest from `sha256sum`): every
 * Digest adapter must give exactly these, or keys stored on instances stop matching.
 */
export const SHA256_VECTORS: readonly (readonly [text: string, hex: string])[] = [
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
        'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
        '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['a'.repeat(1000000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
    ['\u00e9', '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c'],
    ['\u00e9'.repeat(64), '845836d7e680de9961df321148f8cb5e8a7da92aba65f5b05b817c3b58256bd5'],
    ['发票', 'a1523656593909d2820a8d6aec0bf3a0d29ed7d04c697cd27731a70dcc760d62'],
    ['Счёт №5', 'eadc7c5e8ede4b190cac96cb5a8a5abca11c55ff08f43814eeb1245d4884197b'],
    ['🧾 emoji', '201b8c10f60bb01954871000771c16db456eb57279201d56d8163c3f2022e260'],
    // A lone surrogate is hashed as U+FFFD (EF BF BD), as UTF-8 encoders write it.
    ['a\udc00b', '05087813392efc16fe8ff448920c6328e53af865df39419436659d9ffda90f7b'],
]

#pragma once

// Text as `cxone-cli transcripts mask` reads it: decoded or refused (never read as "nothing
// found"), then masked line by line with every line end kept as it came.

#include "models/transcripts/piimasker.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cxone {

enum class TextEncoding : quint8 { Utf8, Utf8Bom, Utf16Le, Utf16Be, Utf32Le, Utf32Be };
QString textEncodingName(TextEncoding encoding); // "UTF-8", "UTF-16LE", ...

// Writes code point `cp` (at most U+10FFFF, not a surrogate) as UTF-8 into buf[0..3]; returns
// how many bytes.
int encodeUtf8(char32_t cp, char *buf);

// The offset of the first byte that does not belong to well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are not), -1 when all of it is.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

// "line 3, byte 17" for an offset into text whose lines end with LF (and whose first line is
// line `firstLine`: a slice of a longer text that starts a line).
QString lineAndByte(QByteArrayView bytes, qsizetype offset, qint64 firstLine = 1);

// Why text that is not well-formed UTF-8 is refused, naming the line and the byte at `bad`
// ("The input is not UTF-8, nor UTF-16 or UTF-32 with a byte-order mark: line 2, byte 11 (byte
// 0xff) starts no UTF-8 character.").
QString notUtf8Error(QByteArrayView bytes, qsizetype bad, qint64 firstLine = 1);

// Whether an input's first bytes (4 KiB or all of it) call for decodeMaskInput on the whole
// input rather than reading it line by line as UTF-8: a byte-order mark of UTF-16 or UTF-32, or
// NUL bytes (UTF-16/32 without a mark, decoded or refused there).
bool decodesWhole(QByteArrayView start);

// Makes *bytes UTF-8 the masker can read: UTF-8 as it is (with or without a byte-order mark,
// which stays); UTF-16 or UTF-32 with a byte-order mark decoded to UTF-8 (the mark dropped).
// False with *error saying what and where when it is neither: bytes that are not UTF-8, a
// UTF-16/32 text cut inside a character or holding an unpaired surrogate, or text that looks
// like UTF-16/32 without a byte-order mark (NUL bytes in every other place).
bool decodeMaskInput(QByteArray *bytes, TextEncoding *encoding, QString *error);

// Masks complete lines of `text` (each ending in LF, CRLF, or the end of the text). Text lines:
// each line's text is masked; JSON lines (`jsonl`): each line is one JSON document, masked by
// PiiMasker::maskJsonText, an empty line stays empty. Line ends are kept exactly. A line that
// cannot be masked (longer than `maxLineBytes`, or not JSON) is withheld: replaced by a
// placeholder ("[UNMASKED LINE WITHHELD]", or {"maskError":"…"}), and counted in `problems`.
struct MaskedLines
{
    QByteArray text;
    MaskCounts counts;
    qint64 lines = 0;
    qint64 problems = 0;
    QString firstProblem;
};
MaskedLines maskLines(const PiiMasker &masker, QByteArrayView text, bool jsonl,
                      qint64 firstLineNumber, qsizetype maxLineBytes = 16 * 1024 * 1024);

} // namespace cxone

#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace cxone {

// Text that came from outside the program — a server's message, a name, an id, a phone number, a
// header quoted in an error, a cell of a file — made safe to show, in a terminal or in a widget.
// Every such string reaches people through this one function:
// - control characters (C0, DEL, C1) become visible escapes: \n, \r, \t, else \u001b style, so
//   an escape sequence (a window title, a cleared screen) or a carriage return that would
//   overwrite a line shows as text instead of acting;
// - bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and the
//   line and paragraph separators (U+2028, U+2029) become escapes too, so text cannot be shown
//   reordered or split; a lone surrogate becomes U+FFFD;
// - a text longer than maxChars (negative: no cap) is cut, ending in "…".
// The escapes are JSON's own, so a JSON text passed through keeps its meaning.
// With LineBreaks::Keep, a line feed stays one: for whole messages whose parts were made safe
// already (the command line's stderr, a status line with several lines).
enum class LineBreaks { Escape, Keep };
constexpr qsizetype kDisplayTextMax = 300;

QString displayText(QStringView text, qsizetype maxChars = kDisplayTextMax,
                    LineBreaks breaks = LineBreaks::Escape);
// The same for UTF-8 bytes (an invalid sequence shows as U+FFFD).
QString displayText(QByteArrayView utf8, qsizetype maxChars = kDisplayTextMax,
                    LineBreaks breaks = LineBreaks::Escape);

} // namespace cxone

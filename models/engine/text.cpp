#include "models/engine/text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

namespace cxone {

QString pluralText(const QString &source, int n)
{
    // "contact(s)" -> "contact" / "contacts", "batch(es)" -> "batch" / "batches".
    static const QRegularExpression plural(QStringLiteral("(\\w)\\((s|es)\\)"));
    QString out = source;
    out.replace(plural, n == 1 ? QStringLiteral("\\1") : QStringLiteral("\\1\\2"));
    return out;
}

namespace {

// The texts are written in English with "%n thing(s)"; this English "translation" puts every
// such noun in the right number for the count (Qt calls it for each tr() given a count).
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !sourceText)
            return {};
        const QString source = QString::fromUtf8(sourceText);
        if (!source.contains(u'('))
            return {};
        const QString out = pluralText(source, n);
        return out == source ? QString() : out;
    }
};

} // namespace

void installEnglishPlurals(QCoreApplication *app)
{
    app->installTranslator(new EnglishPlurals(app));
}

} // namespace cxone

#include "models/engine/session/demotenant.h"

#include <QLocale>
#include <QStringList>

namespace cxone {

DemoTenant::~DemoTenant() = default;

bool DemoFaults::any() const
{
    return faults.p429 > 0 || faults.p5xx > 0 || faults.pDrop > 0 || faults.pMalformed > 0
           || faults.latencyMs > 0;
}

QString DemoFaults::describe() const
{
    const QLocale locale;
    const auto percent = [&locale](double p) -> QString {
        return locale.toString(p * 100.0, 'g', 3) + QStringLiteral(" %");
    };
    QStringList parts;
    if (faults.p429 > 0)
        parts << QObject::tr("429 %1").arg(percent(faults.p429));
    if (faults.p5xx > 0)
        parts << QObject::tr("5xx %1").arg(percent(faults.p5xx));
    if (faults.pDrop > 0)
        parts << QObject::tr("drops %1").arg(percent(faults.pDrop));
    if (faults.pMalformed > 0)
        parts << QObject::tr("broken answers %1").arg(percent(faults.pMalformed));
    if (faults.latencyMs > 0)
        parts << QObject::tr("latency %1 ms").arg(locale.toString(faults.latencyMs));
    return parts.join(QStringLiteral(", "));
}

} // namespace cxone

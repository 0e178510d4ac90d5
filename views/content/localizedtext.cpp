// Texts in several languages.
#include "views/content/localizedtext.h"

#include <QCoreApplication>
#include <QVariant>

namespace {

const auto english = QLatin1String("en");
// The application keeps the code of the language in use in this property.
constexpr auto languageProperty = "gossiplabLanguage";

} // namespace

LocalizedText::LocalizedText(QString english)
{
    m_versions.insert(QString(::english), std::move(english));
}

QString LocalizedText::text(const QString &language) const
{
    const auto found = m_versions.constFind(language);
    return found != m_versions.cend() ? *found : m_versions.value(QString(english));
}

QString LocalizedText::currentLanguage()
{
    const QCoreApplication *app = QCoreApplication::instance();
    const QString code = app ? app->property(languageProperty).toString() : QString();
    return code.isEmpty() ? QString(english) : code;
}

void LocalizedText::setCurrentLanguage(const QString &language)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->setProperty(languageProperty, language);
}

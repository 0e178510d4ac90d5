// A text of a lesson in several languages, shown in the app's current one.
#pragma once

#include <QMap>
#include <QString>

// A text with a version per language ("en", "zh_CN"). English is always there; text()
// gives the version of the language the app speaks, falling back to English.
class LocalizedText
{
public:
    LocalizedText() = default;
    // A text with only an English version.
    explicit LocalizedText(QString english);

    // The version for `language`, or English when there is none.
    QString text(const QString &language) const;
    // The version for the app's current language.
    QString text() const { return text(currentLanguage()); }
    // Every version, by language code.
    const QMap<QString, QString> &versions() const { return m_versions; }
    void setVersion(const QString &language, const QString &text) { m_versions.insert(language, text); }
    bool isEmpty() const { return m_versions.isEmpty(); }

    // The code of the language the app speaks, "en" until another is set.
    static QString currentLanguage();
    static void setCurrentLanguage(const QString &language);

    bool operator==(const LocalizedText &other) const = default;

private:
    QMap<QString, QString> m_versions;
};

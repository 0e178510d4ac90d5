// Switching the app's language while it runs: the translators and the Language menu.
#pragma once

#include <QObject>
#include <QStringList>

class QActionGroup;
class QMenu;
class QWidget;

// Installs the translators of one of the app's languages on the application, which then
// sends every widget a LanguageChange event, so the window retranslates itself without a
// restart. The translators belong to the application, so every switcher, and main(), see
// the same language.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    // Makes the Language menu, a child of `parent` to add to its menus.
    explicit LanguageSwitcher(QWidget *parent);

    // The codes of the languages the app speaks, English first: "en", "zh_CN".
    static QStringList available();
    // The code of the language in use.
    static QString language();
    // Switches to `code` (case and "-" or "_" do not matter) and returns true; for a
    // language not in available() changes nothing and returns false.
    static bool setLanguage(const QString &code);
    // The choice remembered in the settings (key "language"), else the system's language
    // if the app speaks it, else English.
    static QString preferredLanguage();
    // A language's name in that language, as the menu lists it.
    static QString nativeName(const QString &code);

    // One checkable entry per language; choosing one switches to it and remembers it.
    QMenu *menu() const { return m_menu; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
};

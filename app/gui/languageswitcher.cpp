// The language switcher.
#include "app/gui/languageswitcher.h"

#include "views/content/localizedtext.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace {

// The language of the source strings, which needs no translator.
const auto english = QLatin1String("en");
const auto simplifiedChinese = QLatin1String("zh_CN");
const auto settingsKey = QLatin1String("language");
// The translators a switch installs carry this name, so the next switch finds and removes them.
const auto translatorName = QLatin1String("gossiplab-translator");

// The available() code that `code` names, or an empty string.
QString canonical(QString code)
{
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString &known : LanguageSwitcher::available()) {
        if (code.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return {};
}

} // namespace

LanguageSwitcher::LanguageSwitcher(QWidget *parent)
    : QObject(parent)
    , m_menu(new QMenu(parent))
    , m_group(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    for (const QString &code : available()) {
        QAction *action = m_menu->addAction(nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction *action) {
        const QString code = action->data().toString();
        if (setLanguage(code))
            QSettings().setValue(settingsKey, code);
    });
    // Every switch, whoever makes it, reaches the menu as a LanguageChange event.
    m_menu->installEventFilter(this);
    retranslate();
}

QStringList LanguageSwitcher::available()
{
    return {english, simplifiedChinese};
}

QString LanguageSwitcher::language()
{
    return LocalizedText::currentLanguage();
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    const QString wanted = canonical(code);
    if (wanted.isEmpty())
        return false;
    if (wanted == language())
        return true;
    QCoreApplication *app = QCoreApplication::instance();
    std::vector<std::unique_ptr<QTranslator>> translators;
    if (wanted != english) {
        // The app's own translation is built in; Qt's (standard buttons, file dialogs, --help)
        // is used when the system has it. The app's goes last, so it is searched first.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + wanted, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            translators.push_back(std::move(qt));
        auto own = std::make_unique<QTranslator>();
        if (!own->load(QStringLiteral("gossiplab_") + wanted, QStringLiteral(":/i18n")))
            return false;
        translators.push_back(std::move(own));
    }
    // Deleting a translator removes it from the application.
    qDeleteAll(app->findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly));
    LocalizedText::setCurrentLanguage(wanted);
    for (auto &translator : translators) {
        translator->setObjectName(translatorName);
        translator->setParent(app);
        QCoreApplication::installTranslator(translator.release());
    }
    return true;
}

QString LanguageSwitcher::preferredLanguage()
{
    const QString saved = canonical(QSettings().value(settingsKey).toString());
    if (!saved.isEmpty())
        return saved;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalChineseScript)
        return simplifiedChinese;
    return english;
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    if (code == simplifiedChinese)
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool LanguageSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LanguageSwitcher::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    const QString current = language();
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == current);
}

// The translation files: every message translated, none left over, placeholders kept.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    qint64 line = 0;
};

struct TsFile
{
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, {}, xml.lineNumber()};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // A plain translation is text; a numerus one holds <numerusform> elements.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    message.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            if (message.translations.isEmpty())
                message.translations << text;
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// The placeholders of a text, sorted: %1 .. %99 and %n.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QString describe(const QString &path, const Message &message, const QString &problem)
{
    return QStringLiteral("%1:%2 [%3] \"%4\": %5")
            .arg(QFileInfo(path).fileName())
            .arg(message.line)
            .arg(message.context, message.source.left(60), problem);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    const QDir folder(QStringLiteral(GOSSIPLAB_TRANSLATIONS));
    const QStringList files = folder.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(folder.path()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << folder.filePath(file);
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.messages.size() > 100);
    QStringList problems;
    for (const Message &message : ts.messages) {
        if (!message.type.isEmpty())
            problems << describe(path, message, message.type);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << describe(path, message, QStringLiteral("empty translation"));
            } else if (placeholders(translation) != placeholders(message.source)) {
                problems << describe(path, message, QStringLiteral("placeholders %1 instead of %2")
                                                            .arg(placeholders(translation).join(u' '),
                                                                 placeholders(message.source).join(u' ')));
            } else if (message.source.contains(QRegularExpression(QStringLiteral("&\\w")))
                       && !translation.contains(QRegularExpression(QStringLiteral("&\\w")))) {
                problems << describe(path, message, QStringLiteral("the keyboard accelerator (&) is missing"));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

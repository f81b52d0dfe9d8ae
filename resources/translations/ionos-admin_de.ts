<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessReview</name>
    <message>
        <source>Deactivated.</source>
        <translation>Deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in for %n days.</source>
        <translation>
            <numerusform>Seit %n Tag nicht angemeldet.</numerusform>
            <numerusform>Seit %n Tagen nicht angemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never signed in, created %n days ago.</source>
        <translation>
            <numerusform>Nie angemeldet, vor %n Tag angelegt.</numerusform>
            <numerusform>Nie angemeldet, vor %n Tagen angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active, signed in within %n days.</source>
        <translation>
            <numerusform>Aktiv, innerhalb von %n Tag angemeldet.</numerusform>
            <numerusform>Aktiv, innerhalb von %n Tagen angemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not among the loaded users.</source>
        <translation>Nicht unter den geladenen Benutzern.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>share</source>
        <translation>weitergeben</translation>
    </message>
    <message>
        <source>Members may: %1.</source>
        <translation>Mitglieder dürfen: %1.</translation>
    </message>
</context>
<context>
    <name>AccountSnapshot</name>
    <message>
        <source>This is not a snapshot of the console: %1</source>
        <translation>Dies ist keine Momentaufnahme der Konsole: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>es ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>its &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>ihr „format“ ist nicht „%1“.</translation>
    </message>
    <message>
        <source>The snapshot has version %1; this console reads versions up to %2. Open it with a newer console.</source>
        <translation>Die Momentaufnahme hat Version %1; diese Konsole liest Versionen bis %2. Öffnen Sie sie mit einer neueren Konsole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of things with ids.</source>
        <translation>„%1“ ist keine Liste von Einträgen mit IDs.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server accepted the change but then reported it as failed.</source>
        <translation>Der Server hat die Änderung angenommen, dann aber als fehlgeschlagen gemeldet.</translation>
    </message>
    <message>
        <source>The server accepted the change but then reported it as failed: %1</source>
        <translation>Der Server hat die Änderung angenommen, dann aber als fehlgeschlagen gemeldet: %1</translation>
    </message>
    <message>
        <source>The server accepted the change but did not finish it within %1 seconds; it may still complete. Refresh to see.</source>
        <translation>Der Server hat die Änderung angenommen, aber nicht innerhalb von %1 Sekunden abgeschlossen; sie kann noch erfolgen. Aktualisieren Sie die Ansicht, um es zu sehen.</translation>
    </message>
    <message>
        <source>the answer has no Location to follow.</source>
        <translation>die Antwort enthält keine Location, der gefolgt werden kann.</translation>
    </message>
    <message>
        <source>The server could not understand the request.</source>
        <translation>Der Server hat die Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <source>The credentials were not accepted. Sign in again.</source>
        <translation>Die Anmeldedaten wurden nicht angenommen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Dieses Konto darf das nicht.</translation>
    </message>
    <message>
        <source>It does not exist, or no longer exists.</source>
        <translation>Es existiert nicht oder nicht mehr.</translation>
    </message>
    <message>
        <source>The server does not offer this operation.</source>
        <translation>Der Server bietet diese Operation nicht an.</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s format.</source>
        <translation>Der Server hat das Format der Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen auf einmal. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>Der Server hatte einen internen Fehler. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached at the moment. Try again later.</source>
        <translation>Der Server ist gerade nicht erreichbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The service is unavailable, perhaps for maintenance. Try again later.</source>
        <translation>Der Dienst ist nicht verfügbar, vielleicht wegen Wartung. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server could not do it.</source>
        <translation>Der Server konnte es nicht ausführen.</translation>
    </message>
    <message>
        <source>HTTP status %1 from %2.</source>
        <translation>HTTP-Status %1 von %2.</translation>
    </message>
    <message>
        <source>Error code %1.</source>
        <translation>Fehlercode %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Try again later.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet. Versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet. Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address in the connection settings and that the server is running.</source>
        <translation>Der Server war nicht erreichbar. Prüfen Sie die Adresse in den Verbindungseinstellungen und ob der Server läuft.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s address was not found. Check the address and the network.</source>
        <translation>Die Adresse des Servers wurde nicht gefunden. Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The connection broke before the answer was complete. Try again.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate could not be verified.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: Das Zertifikat des Servers konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted.</source>
        <translation>Das Zertifikat von %1 wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The network connection to the server failed. Check the network.</source>
        <translation>Die Netzwerkverbindung zum Server ist fehlgeschlagen. Prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>Network error %1 talking to %2.</source>
        <translation>Netzwerkfehler %1 bei der Verbindung mit %2.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The answer from %1: %2</source>
        <translation>Die Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Request %1.</source>
        <translation>Anfrage %1.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. What was loading is asked for again once it is back.</source>
        <translation>Die Verbindung zum Server ist unterbrochen. Was gerade geladen wurde, wird erneut angefordert, sobald sie wieder besteht.</translation>
    </message>
    <message>
        <source>Let go while the server could not be reached.</source>
        <translation>Abgebrochen, während der Server nicht erreichbar war.</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>%n Benutzer hinzugefügt</numerusform>
            <numerusform>%n Benutzer hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new administrator(s)</source>
        <translation>
            <numerusform>%n neuer Administrator</numerusform>
            <numerusform>%n neue Administratoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted</source>
        <translation>
            <numerusform>%n Benutzer gelöscht</numerusform>
            <numerusform>%n Benutzer gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) changed</source>
        <translation>
            <numerusform>%n Benutzer geändert</numerusform>
            <numerusform>%n Benutzer geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n privilege(s) granted</source>
        <translation>
            <numerusform>%n Berechtigung erteilt</numerusform>
            <numerusform>%n Berechtigungen erteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n privilege(s) taken away</source>
        <translation>
            <numerusform>%n Berechtigung entzogen</numerusform>
            <numerusform>%n Berechtigungen entzogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) added</source>
        <translation>
            <numerusform>%n Gruppe hinzugefügt</numerusform>
            <numerusform>%n Gruppen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) deleted</source>
        <translation>
            <numerusform>%n Gruppe gelöscht</numerusform>
            <numerusform>%n Gruppen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added</source>
        <translation>
            <numerusform>%n Mitglied hinzugefügt</numerusform>
            <numerusform>%n Mitglieder hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed</source>
        <translation>
            <numerusform>%n Mitglied entfernt</numerusform>
            <numerusform>%n Mitglieder entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) added</source>
        <translation>
            <numerusform>%n Freigabe hinzugefügt</numerusform>
            <numerusform>%n Freigaben hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) removed</source>
        <translation>
            <numerusform>%n Freigabe entfernt</numerusform>
            <numerusform>%n Freigaben entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) changed</source>
        <translation>
            <numerusform>%n Freigabe geändert</numerusform>
            <numerusform>%n Freigaben geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource change(s)</source>
        <translation>
            <numerusform>%n Änderung an Ressourcen</numerusform>
            <numerusform>%n Änderungen an Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Object Storage key change(s)</source>
        <translation>
            <numerusform>%n Änderung an Object-Storage-Schlüsseln</numerusform>
            <numerusform>%n Änderungen an Object-Storage-Schlüsseln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseller admin change(s)</source>
        <translation>
            <numerusform>%n Änderung an Reseller-Administratoren</numerusform>
            <numerusform>%n Änderungen an Reseller-Administratoren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudCodec</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>a JSON object was expected.</source>
        <translation>ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>item %1 of the list is not an object.</source>
        <translation>Eintrag %1 der Liste ist kein Objekt.</translation>
    </message>
    <message>
        <source>The answer from the server could not be read: item %1: %2</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: Eintrag %1: %2</translation>
    </message>
    <message>
        <source>the request status &apos;%1&apos; is not known.</source>
        <translation>der Anfragestatus &apos;%1&apos; ist unbekannt.</translation>
    </message>
    <message>
        <source>the sign-on address is not a secure web address.</source>
        <translation>die Anmeldeadresse ist keine sichere Webadresse.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Desktop administration console for IONOS Cloud: users, groups, privileges, shares, resource ownership and reseller admins.</source>
        <translation>Desktop-Verwaltungskonsole für IONOS Cloud: Benutzer, Gruppen, Berechtigungen, Freigaben, Eigentümer von Ressourcen und Reseller-Admins.</translation>
    </message>
    <message>
        <source>Start a local sandbox with sample data and work against it; nothing leaves this machine.</source>
        <translation>Eine lokale Sandbox mit Beispieldaten starten und mit ihr arbeiten; nichts verlässt diesen Rechner.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME for this run.</source>
        <translation>Für diesen Start das gespeicherte Profil NAME verwenden.</translation>
    </message>
    <message>
        <source>Use this Cloud API address for this run (like IONOS_API_URL); the Reseller API is taken on the same host.</source>
        <translation>Für diesen Start diese Cloud-API-Adresse verwenden (wie IONOS_API_URL); die Reseller-API wird auf demselben Host angenommen.</translation>
    </message>
    <message>
        <source>Show the console in this language (en, de) instead of the system&apos;s.</source>
        <translation>Die Konsole in dieser Sprache (en, de) statt der des Systems zeigen.</translation>
    </message>
    <message>
        <source>The language %1 is not available; the console speaks %2.</source>
        <translation>Die Sprache %1 ist nicht verfügbar; die Konsole spricht %2.</translation>
    </message>
    <message>
        <source>Report: the time the report is as of, in ISO 8601 (2026-01-31T12:00:00Z); now by default.</source>
        <translation>Bericht: der Zeitpunkt, zu dem der Bericht gilt, in ISO 8601 (2026-01-31T12:00:00Z); standardmäßig jetzt.</translation>
    </message>
    <message>
        <source>Findings: a user who has not signed in for this many days is inactive (90 by default).</source>
        <translation>Befunde: Wer sich so viele Tage nicht angemeldet hat, gilt als inaktiv (standardmäßig 90).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>The format %1 is not known: use json or csv.</source>
        <translation>Das Format %1 ist unbekannt: json oder csv verwenden.</translation>
    </message>
    <message>
        <source>%1 is not a time in ISO 8601, such as 2026-01-31T12:00:00Z.</source>
        <translation>%1 ist kein Zeitpunkt in ISO 8601 wie 2026-01-31T12:00:00Z.</translation>
    </message>
    <message>
        <source>--inactive-days wants a whole number of days of 1 or more, not %1.</source>
        <translation>--inactive-days erwartet eine ganze Zahl von Tagen ab 1, nicht %1.</translation>
    </message>
    <message>
        <source>Without a window: &quot;snapshot --out FILE&quot; writes the account&apos;s users, groups, privileges, members, shares, resources and reseller admins to a file.</source>
        <translation>Ohne Fenster: „snapshot --out DATEI“ schreibt Benutzer, Gruppen, Berechtigungen, Mitglieder, Freigaben, Ressourcen und Reseller-Administratoren des Kontos in eine Datei.</translation>
    </message>
    <message>
        <source>Without a window: &quot;diff A B&quot; lists what changed from A to B, each a snapshot file or &quot;live&quot; (the account now); --format text (the default) or json. Exit status 0: no differences, 1: differences, 2: trouble.</source>
        <translation>Ohne Fenster: „diff A B“ listet, was sich von A nach B geändert hat, jeweils eine Momentaufnahme oder „live“ (das Konto jetzt); --format text (Standard) oder json. Rückgabewert 0: keine Unterschiede, 1: Unterschiede, 2: Fehler.</translation>
    </message>
    <message>
        <source>--%1 is an option of %2.</source>
        <translation>--%1 ist eine Option von %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Say where to write it: &quot;snapshot --out FILE&quot;.</source>
        <translation>Geben Sie an, wohin geschrieben wird: „snapshot --out DATEI“.</translation>
    </message>
    <message>
        <source>Say what to compare: &quot;diff A B&quot;, each a snapshot file or &quot;live&quot;.</source>
        <translation>Geben Sie an, was verglichen wird: „diff A B“, jeweils eine Momentaufnahme oder „live“.</translation>
    </message>
    <message>
        <source>The format %1 is not known: use text or json.</source>
        <translation>Das Format %1 ist unbekannt: text oder json verwenden.</translation>
    </message>
    <message>
        <source>Restore: also delete the users and groups that are not in the snapshot.</source>
        <translation>Wiederherstellen: auch die Benutzer und Gruppen löschen, die nicht im Snapshot sind.</translation>
    </message>
    <message>
        <source>Without a window: &quot;restore FILE --yes&quot; puts privileges, members, shares, user properties and groups back as the snapshot FILE has them; users and groups that are not in it are deleted only with --delete-extra. Exit status 0: all restored, 1: something was left (a line for each), 2: trouble.</source>
        <translation>Ohne Fenster: &quot;restore DATEI --yes&quot; setzt Berechtigungen, Mitglieder, Freigaben, Benutzereigenschaften und Gruppen so zurück, wie der Snapshot DATEI sie enthält; Benutzer und Gruppen, die nicht darin sind, werden nur mit --delete-extra gelöscht. Exit-Status 0: alles wiederhergestellt, 1: etwas blieb übrig (eine Zeile je Eintrag), 2: Problem.</translation>
    </message>
    <message>
        <source>Say which snapshot to restore: &quot;restore FILE --yes&quot;.</source>
        <translation>Geben Sie an, welcher Snapshot wiederhergestellt werden soll: &quot;restore DATEI --yes&quot;.</translation>
    </message>
    <message>
        <source>A restore changes the account: add --yes to go ahead (see &quot;diff FILE live&quot; for what it would change).</source>
        <translation>Eine Wiederherstellung ändert das Konto: Fügen Sie --yes hinzu, um fortzufahren (was sie ändern würde, zeigt &quot;diff DATEI live&quot;).</translation>
    </message>
    <message>
        <source>Findings: an active Object Storage key older than this many days is old (365 by default).</source>
        <translation>Befunde: Ein aktiver Object-Storage-Schlüssel, der älter als so viele Tage ist, gilt als alt (standardmäßig 365).</translation>
    </message>
    <message>
        <source>--key-max-age-days wants a whole number of days of 1 or more, not %1.</source>
        <translation>--key-max-age-days erwartet eine ganze Zahl von Tagen ab 1, nicht %1.</translation>
    </message>
    <message>
        <source>Watch: afterwards, write the account now to the baseline file.</source>
        <translation>Überwachung: danach das Konto, wie es jetzt ist, in die Vergleichsdatei schreiben.</translation>
    </message>
    <message>
        <source>Watch: also show a desktop notification when there are alerts.</source>
        <translation>Überwachung: bei Warnungen auch eine Desktop-Benachrichtigung zeigen.</translation>
    </message>
    <message>
        <source>Say what to compare with: &quot;watch --baseline FILE&quot;.</source>
        <translation>Geben Sie an, womit verglichen wird: „watch --baseline DATEI“.</translation>
    </message>
    <message>
        <source>Without a window: &quot;watch --baseline FILE&quot; compares the account now with the snapshot FILE and reports new administrators, 2-factor authentication no longer required, users active again, privileges granted, shares granted or widened, members added and new users; --format text (the default) or json; --update then makes the account now the baseline (and writes a missing one); --notify also shows a desktop notification. Exit status 0: no alerts, 1: alerts, 2: trouble.</source>
        <translation>Ohne Fenster: „watch --baseline DATEI“ vergleicht das Konto, wie es jetzt ist, mit der Momentaufnahme DATEI und meldet neue Administratoren, nicht mehr verlangte 2-Faktor-Authentifizierung, wieder aktive Benutzer, erteilte Berechtigungen, neue oder erweiterte Freigaben, neue Mitglieder und neue Benutzer; --format text (Standard) oder json; --update macht danach das Konto, wie es jetzt ist, zur Vergleichsdatei (und schreibt eine fehlende); --notify zeigt auch eine Desktop-Benachrichtigung. Exit-Status 0: keine Warnungen, 1: Warnungen, 2: Problem.</translation>
    </message>
    <message>
        <source>Snapshot and posture report: the file to write.</source>
        <translation>Momentaufnahme und Sicherheitsbericht: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Watch and posture report: the snapshot file the account is compared with.</source>
        <translation>Überwachung und Sicherheitsbericht: die Momentaufnahme, mit der das Konto verglichen wird.</translation>
    </message>
    <message>
        <source>Say which report: &quot;report access&quot;, &quot;report findings&quot;, &quot;report keys&quot; or &quot;report posture --out FILE.pdf&quot;.</source>
        <translation>Geben Sie an, welcher Bericht: „report access“, „report findings“, „report keys“ oder „report posture --out DATEI.pdf“.</translation>
    </message>
    <message>
        <source>Say where to write it: &quot;report posture --out FILE.pdf&quot;.</source>
        <translation>Geben Sie an, wohin er geschrieben wird: „report posture --out DATEI.pdf“.</translation>
    </message>
    <message>
        <source>The posture report is a PDF: it takes no --format.</source>
        <translation>Der Sicherheitsbericht ist ein PDF: Er nimmt kein --format.</translation>
    </message>
    <message>
        <source>--out and --baseline are options of &quot;report posture&quot;.</source>
        <translation>--out und --baseline sind Optionen von „report posture“.</translation>
    </message>
    <message>
        <source>Without a window: &quot;report access&quot; writes every user&apos;s effective access, &quot;report findings&quot; what is risky now, &quot;report keys&quot; every user&apos;s Object Storage keys (never their secrets), to standard output; &quot;report posture --out FILE.pdf [--baseline FILE]&quot; writes the posture report for auditors. Signs in with the profile (--profile, else the last used) or the IONOS_* variables.</source>
        <translation>Ohne Fenster: „report access“ schreibt den effektiven Zugriff jedes Benutzers, „report findings“ was jetzt riskant ist, „report keys“ die Object-Storage-Schlüssel jedes Benutzers (nie ihre Geheimnisse) auf die Standardausgabe; „report posture --out DATEI.pdf [--baseline DATEI]“ schreibt den Sicherheitsbericht für Prüfer. Meldet sich mit dem Profil (--profile, sonst dem zuletzt benutzten) oder den IONOS_*-Variablen an.</translation>
    </message>
    <message>
        <source>Import: a row&apos;s groups are all its groups; the user also leaves the groups it does not list.</source>
        <translation>Import: Die Gruppen einer Zeile sind alle Gruppen des Benutzers; er verlässt auch die Gruppen, die sie nicht nennt.</translation>
    </message>
    <message>
        <source>Import: generate a password for each new user whose row gives none, and write them to this new file (readable by you alone).</source>
        <translation>Import: für jeden neuen Benutzer ohne Passwort in seiner Zeile eines erzeugen und alle in diese neue Datei schreiben (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Say which file to import: &quot;import FILE --dry-run&quot; or &quot;import FILE --yes&quot;.</source>
        <translation>Nennen Sie die zu importierende Datei: „import DATEI --dry-run“ oder „import DATEI --yes“.</translation>
    </message>
    <message>
        <source>Without a window: &quot;import FILE --dry-run&quot; reads users and their groups from a CSV file (columns email, firstname, lastname, administrator, forceSecAuth, active, groups separated by ;, password) and prints what it would change; &quot;import FILE --yes&quot; changes it and prints each row&apos;s outcome. --exact-groups also removes users from the groups their row does not list; --passwords-out FILE generates the passwords of new users whose row gives none. --format text (the default) or json. Exit status 0: every row planned (and done), 1: a row was refused or failed, 2: trouble.</source>
        <translation>Ohne Fenster: „import DATEI --dry-run“ liest Benutzer und ihre Gruppen aus einer CSV-Datei (Spalten email, firstname, lastname, administrator, forceSecAuth, active, groups durch ; getrennt, password) und gibt aus, was er ändern würde; „import DATEI --yes“ ändert es und gibt das Ergebnis jeder Zeile aus. --exact-groups entfernt Benutzer auch aus den Gruppen, die ihre Zeile nicht nennt; --passwords-out DATEI erzeugt die Passwörter neuer Benutzer, deren Zeile keines angibt. --format text (Standard) oder json. Exit-Status 0: jede Zeile geplant (und erledigt), 1: eine Zeile abgelehnt oder fehlgeschlagen, 2: Problem.</translation>
    </message>
    <message>
        <source>Report: json (the default) or csv. Diff, watch, import and offboard: text (the default) or json.</source>
        <translation>Bericht: json (Standard) oder csv. Vergleich, Überwachung, Import und Offboarding: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Restore, import and offboard: change the account without asking.</source>
        <translation>Wiederherstellen, Import und Offboarding: das Konto ohne Rückfrage ändern.</translation>
    </message>
    <message>
        <source>Import and offboard: print what would change, and change nothing.</source>
        <translation>Import und Offboarding: ausgeben, was sich ändern würde, und nichts ändern.</translation>
    </message>
    <message>
        <source>Say --dry-run to see what the %1 would change, or --yes to change the account.</source>
        <translation>Geben Sie --dry-run an, um zu sehen, was „%1“ ändern würde, oder --yes, um das Konto zu ändern.</translation>
    </message>
    <message>
        <source>Say who leaves: &quot;offboard EMAIL... --dry-run&quot; or &quot;offboard EMAIL... --yes&quot;.</source>
        <translation>Nennen Sie, wer geht: „offboard E-MAIL... --dry-run“ oder „offboard E-MAIL... --yes“.</translation>
    </message>
    <message>
        <source>Without a window: &quot;offboard EMAIL... --dry-run&quot; prints what offboarding these people takes: deactivating them, removing them from every group and deactivating their Object Storage keys, with the resources they created, who else reaches each and which is left without a keeper; &quot;offboard EMAIL... --yes&quot; does it and prints each step&apos;s outcome. --format text (the default) or json. Exit status 0: everyone planned (and done), 1: someone refused or a step failed, 2: trouble.</source>
        <translation>Ohne Fenster: „offboard E-MAIL... --dry-run“ gibt aus, was das Offboarding dieser Personen umfasst: sie deaktivieren, aus jeder Gruppe entfernen und ihre Object-Storage-Schlüssel deaktivieren, mit den Ressourcen, die sie angelegt haben, wer sonst jede erreicht und welche ohne Verantwortlichen bliebe; „offboard E-MAIL... --yes“ führt es aus und gibt das Ergebnis jedes Schritts aus. --format text (Standard) oder json. Exit-Status 0: alle geplant (und erledigt), 1: jemand abgelehnt oder ein Schritt fehlgeschlagen, 2: Problem.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>This account uses 2-factor authentication, so it cannot sign in with a username and password. Create a token in the IONOS Token Manager and sign in with the token.</source>
        <translation>Dieses Konto nutzt die 2-Faktor-Authentifizierung und kann sich daher nicht mit Benutzername und Passwort anmelden. Erstellen Sie im IONOS Token Manager ein Token und melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>The token was not accepted: it may be wrong, expired or deleted.</source>
        <translation>Das Token wurde nicht akzeptiert: Es ist vielleicht falsch, abgelaufen oder gelöscht.</translation>
    </message>
    <message>
        <source>The username or password was not accepted.</source>
        <translation>Benutzername oder Passwort wurden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Signed in, but this account may not manage users: only the contract owner and administrators manage users, groups and shares.</source>
        <translation>Angemeldet, aber dieses Konto darf keine Benutzer verwalten: Nur der Vertragsinhaber und Administratoren verwalten Benutzer, Gruppen und Freigaben.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>The token expired on %1. Create a new token in the IONOS Token Manager and sign in with it.</source>
        <translation>Das Token ist am %1 abgelaufen. Erstellen Sie im IONOS Token Manager ein neues Token und melden Sie sich damit an.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to IONOS Cloud</source>
        <translation>Mit IONOS Cloud verbinden</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For example: Production</source>
        <translation>Zum Beispiel: Produktion</translation>
    </message>
    <message>
        <source>&amp;Cloud API URL:</source>
        <translation>&amp;Cloud-API-URL:</translation>
    </message>
    <message>
        <source>&amp;Reseller API URL:</source>
        <translation>&amp;Reseller-API-URL:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Username and password</source>
        <translation>&amp;Benutzername und Passwort</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>The e-mail address you sign in with</source>
        <translation>Die E-Mail-Adresse, mit der Sie sich anmelden</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Co&amp;ntract number:</source>
        <translation>&amp;Vertragsnummer:</translation>
    </message>
    <message>
        <source>Optional: for users with several contracts</source>
        <translation>Optional: für Benutzer mit mehreren Verträgen</translation>
    </message>
    <message>
        <source>Reseller &amp;contracts:</source>
        <translation>Reseller-V&amp;erträge:</translation>
    </message>
    <message>
        <source>Optional: contract numbers you manage, for example 1, 2</source>
        <translation>Optional: Vertragsnummern, die Sie verwalten, zum Beispiel 1, 2</translation>
    </message>
    <message>
        <source>&amp;Keep the secret in the system keychain</source>
        <translation>Geheimnis im System-&amp;Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Forget Profile…</source>
        <translation>Profil ver&amp;gessen…</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>The saved connection profiles; pick one or start a new one</source>
        <translation>Die gespeicherten Verbindungsprofile; wählen Sie eines oder beginnen Sie ein neues</translation>
    </message>
    <message>
        <source>A name of your choice for this connection</source>
        <translation>Ein Name Ihrer Wahl für diese Verbindung</translation>
    </message>
    <message>
        <source>The address of the IONOS Cloud API; keep the default unless told otherwise</source>
        <translation>Die Adresse der IONOS Cloud API; behalten Sie die Vorgabe, sofern nichts anderes gilt</translation>
    </message>
    <message>
        <source>The address of the IONOS Reseller API; keep the default unless told otherwise</source>
        <translation>Die Adresse der IONOS Reseller API; behalten Sie die Vorgabe, sofern nichts anderes gilt</translation>
    </message>
    <message>
        <source>Sign in with an API token; needed for accounts with 2-factor authentication</source>
        <translation>Mit einem API-Token anmelden; nötig für Konten mit 2-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password of the account</source>
        <translation>Mit E-Mail-Adresse und Passwort des Kontos anmelden</translation>
    </message>
    <message>
        <source>A token created in the IONOS Token Manager</source>
        <translation>Ein im IONOS Token Manager erstelltes Token</translation>
    </message>
    <message>
        <source>The e-mail address you sign in to IONOS with</source>
        <translation>Die E-Mail-Adresse, mit der Sie sich bei IONOS anmelden</translation>
    </message>
    <message>
        <source>The password you sign in to IONOS with</source>
        <translation>Das Passwort, mit dem Sie sich bei IONOS anmelden</translation>
    </message>
    <message>
        <source>Only for users with several contracts: the contract to work in</source>
        <translation>Nur für Benutzer mit mehreren Verträgen: der Vertrag, in dem Sie arbeiten</translation>
    </message>
    <message>
        <source>Only for resellers: the contract numbers whose admins you manage</source>
        <translation>Nur für Reseller: die Vertragsnummern, deren Admins Sie verwalten</translation>
    </message>
    <message>
        <source>Keep the token or password in the system keychain, never in a file</source>
        <translation>Token oder Passwort im System-Schlüsselbund aufbewahren, nie in einer Datei</translation>
    </message>
    <message>
        <source>Remove this profile and its stored secret</source>
        <translation>Dieses Profil und sein gespeichertes Geheimnis entfernen</translation>
    </message>
    <message>
        <source>Make one light call and say whether the connection and the credentials work</source>
        <translation>Eine leichte Anfrage senden und melden, ob Verbindung und Anmeldedaten funktionieren</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>Schließen, ohne sich anzumelden</translation>
    </message>
    <message>
        <source>Sign in with this profile and load the account</source>
        <translation>Mit diesem Profil anmelden und das Konto laden</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The Cloud API URL must be an https:// address (http:// only for this computer).</source>
        <translation>Die Cloud-API-URL muss eine https://-Adresse sein (http:// nur für diesen Rechner).</translation>
    </message>
    <message>
        <source>The Reseller API URL must be an https:// address (http:// only for this computer).</source>
        <translation>Die Reseller-API-URL muss eine https://-Adresse sein (http:// nur für diesen Rechner).</translation>
    </message>
    <message>
        <source>Enter the username (the e-mail address you sign in with).</source>
        <translation>Geben Sie den Benutzernamen ein (die E-Mail-Adresse, mit der Sie sich anmelden).</translation>
    </message>
    <message>
        <source>The contract number must be a positive whole number.</source>
        <translation>Die Vertragsnummer muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contract number: use positive whole numbers, separated by commas.</source>
        <translation>„%1“ ist keine Vertragsnummer: Verwenden Sie positive ganze Zahlen, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file is not in UTF-8: save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Die Datei ist nicht in UTF-8: Speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>Line %1 has text after a quoted cell&apos;s closing quote; a quote inside a quoted cell is written twice (&quot;&quot;).</source>
        <translation>Zeile %1 hat Text nach dem schließenden Anführungszeichen einer Zelle; ein Anführungszeichen in einer Zelle in Anführungszeichen wird doppelt geschrieben (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row, such as email,firstname,lastname,groups.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile, etwa email,firstname,lastname,groups.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells, more than the header&apos;s %3.</source>
        <translation>Zeile %1 hat %2 Zellen, mehr als die %3 der Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Demo (local sandbox)</source>
        <translation>Demo (lokale Sandbox)</translation>
    </message>
    <message>
        <source>Demo mode: sandbox at %1
</source>
        <translation>Demo-Modus: Sandbox unter %1
</translation>
    </message>
    <message>
        <source>Demo mode: window shown %1 s after start
</source>
        <translation>Demo-Modus: Fenster %1 s nach dem Start angezeigt
</translation>
    </message>
</context>
<context>
    <name>DesktopNotification</name>
    <message>
        <source>There is no desktop session to notify: %1</source>
        <translation>Es gibt keine Desktop-Sitzung für eine Benachrichtigung: %1</translation>
    </message>
    <message>
        <source>The desktop notification could not be shown: %1</source>
        <translation>Die Desktop-Benachrichtigung konnte nicht gezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentOverrides</name>
    <message>
        <source>%1 is not a usable API address (https://, or http:// only for this computer); it is ignored.</source>
        <translation>%1 ist keine brauchbare API-Adresse (https://, oder http:// nur für diesen Rechner); sie wird ignoriert.</translation>
    </message>
    <message>
        <source>IONOS_CONTRACT_NUMBER is not a positive whole number; it is ignored.</source>
        <translation>IONOS_CONTRACT_NUMBER ist keine positive ganze Zahl; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>The token comes from IONOS_TOKEN for this run; it is not saved.</source>
        <translation>Das Token stammt für diesen Start aus IONOS_TOKEN; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The username comes from IONOS_USERNAME for this run.</source>
        <translation>Der Benutzername stammt für diesen Start aus IONOS_USERNAME.</translation>
    </message>
    <message>
        <source>The password comes from IONOS_PASSWORD for this run; it is not saved.</source>
        <translation>Das Passwort stammt für diesen Start aus IONOS_PASSWORD; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The API address comes from %1 for this run.</source>
        <translation>Die API-Adresse stammt für diesen Start aus %1.</translation>
    </message>
    <message>
        <source>The contract number comes from IONOS_CONTRACT_NUMBER for this run.</source>
        <translation>Die Vertragsnummer stammt für diesen Start aus IONOS_CONTRACT_NUMBER.</translation>
    </message>
</context>
<context>
    <name>FindingsRules</name>
    <message>
        <source>%1 is an administrator without 2-factor authentication.</source>
        <translation>%1 ist Administrator ohne 2-Faktor-Authentifizierung.</translation>
    </message>
    <message>
        <source>%1 must use 2-factor authentication but has not set it up.</source>
        <translation>%1 muss die 2-Faktor-Authentifizierung nutzen, hat sie aber nicht eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not signed in for %n days and still holds rights.</source>
        <translation>
            <numerusform>%1 hat sich seit %n Tag nicht angemeldet und hat noch Rechte.</numerusform>
            <numerusform>%1 hat sich seit %n Tagen nicht angemeldet und hat noch Rechte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has never signed in in the %n days since they were created and still holds rights.</source>
        <translation>
            <numerusform>%1 hat sich in dem %n Tag seit der Anlage nie angemeldet und hat noch Rechte.</numerusform>
            <numerusform>%1 hat sich in den %n Tagen seit der Anlage nie angemeldet und hat noch Rechte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is deactivated but still a member of %n group(s).</source>
        <translation>
            <numerusform>%1 ist deaktiviert, aber noch Mitglied einer Gruppe.</numerusform>
            <numerusform>%1 ist deaktiviert, aber noch Mitglied von %n Gruppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an administrator, but their groups together grant all %n privileges.</source>
        <translation>
            <numerusform>%1 ist kein Administrator, aber die eigenen Gruppen gewähren zusammen die %n Berechtigung.</numerusform>
            <numerusform>%1 ist kein Administrator, aber die eigenen Gruppen gewähren zusammen alle %n Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group %1 grants rights but has no members.</source>
        <translation>Die Gruppe %1 gewährt Rechte, hat aber keine Mitglieder.</translation>
    </message>
    <message>
        <source>The group %1 grants nothing, shares nothing and has no members.</source>
        <translation>Die Gruppe %1 gewährt nichts, teilt nichts und hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>Members of %1 may share %2 with others.</source>
        <translation>Mitglieder von %1 dürfen %2 mit anderen teilen.</translation>
    </message>
    <message>
        <source>%1 was created by a user who no longer exists, and no group shares it.</source>
        <translation>%1 wurde von einem Benutzer angelegt, den es nicht mehr gibt, und keine Gruppe teilt es.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, who is deactivated, and no group shares it.</source>
        <translation>%1 gehört %2, der deaktiviert ist, und keine Gruppe teilt es.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is protected by 2-factor authentication, and no member of the %n group(s) it is shared with has it active.</source>
        <translation>
            <numerusform>%1 ist durch 2-Faktor-Authentifizierung geschützt, und kein Mitglied der Gruppe, mit der es geteilt ist, hat sie aktiv.</numerusform>
            <numerusform>%1 ist durch 2-Faktor-Authentifizierung geschützt, und kein Mitglied der %n Gruppen, mit denen es geteilt ist, hat sie aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Administrator without 2-factor authentication</source>
        <translation>Administrator ohne 2-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>2-factor authentication required, not set up</source>
        <translation>2-Faktor-Authentifizierung vorgeschrieben, nicht eingerichtet</translation>
    </message>
    <message>
        <source>Inactive user who still holds rights</source>
        <translation>Inaktiver Benutzer mit Rechten</translation>
    </message>
    <message>
        <source>Deactivated user still in groups</source>
        <translation>Deaktivierter Benutzer noch in Gruppen</translation>
    </message>
    <message>
        <source>Every privilege without being an administrator</source>
        <translation>Alle Berechtigungen ohne Administrator zu sein</translation>
    </message>
    <message>
        <source>Group that grants rights to nobody</source>
        <translation>Gruppe, die niemandem Rechte gibt</translation>
    </message>
    <message>
        <source>Empty group</source>
        <translation>Leere Gruppe</translation>
    </message>
    <message>
        <source>Members may share it further</source>
        <translation>Mitglieder dürfen es weiter freigeben</translation>
    </message>
    <message>
        <source>Resource without an active owner</source>
        <translation>Ressource ohne aktiven Eigentümer</translation>
    </message>
    <message>
        <source>Protected resource no member can open</source>
        <translation>Geschützte Ressource, die kein Mitglied öffnen kann</translation>
    </message>
    <message numerus="yes">
        <source>%1 is deactivated, but %n Object Storage key(s) of theirs still open their buckets.</source>
        <translation>
            <numerusform>%1 ist deaktiviert, aber %n Object-Storage-Schlüssel öffnet noch die Buckets.</numerusform>
            <numerusform>%1 ist deaktiviert, aber %n Object-Storage-Schlüssel öffnen noch die Buckets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Object Storage key %1 of %2 was created %n day(s) ago and is still active.</source>
        <translation>
            <numerusform>Der Object-Storage-Schlüssel %1 von %2 wurde vor %n Tag erstellt und ist noch aktiv.</numerusform>
            <numerusform>Der Object-Storage-Schlüssel %1 von %2 wurde vor %n Tagen erstellt und ist noch aktiv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n Object Storage keys, the most there can be: a new one needs an old one deleted.</source>
        <translation>
            <numerusform>%1 hat %n Object-Storage-Schlüssel, mehr geht nicht: Für einen neuen muss ein alter gelöscht werden.</numerusform>
            <numerusform>%1 hat %n Object-Storage-Schlüssel, mehr geht nicht: Für einen neuen muss ein alter gelöscht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active key of a deactivated user</source>
        <translation>Aktiver Schlüssel, Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>Old key still active</source>
        <translation>Alter Schlüssel noch aktiv</translation>
    </message>
    <message>
        <source>All five keys in use</source>
        <translation>Alle fünf Schlüssel belegt</translation>
    </message>
</context>
<context>
    <name>GroupClone</name>
    <message>
        <source>Create the group %1 with the privileges of %2</source>
        <translation>Gruppe %1 mit den Berechtigungen von %2 anlegen</translation>
    </message>
    <message>
        <source>Share %1 with %2</source>
        <translation>%1 für %2 freigeben</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is nothing to sign in with: name a saved profile with --profile, or set IONOS_TOKEN (or IONOS_USERNAME and IONOS_PASSWORD).</source>
        <translation>Es gibt nichts zum Anmelden: ein gespeichertes Profil mit --profile nennen oder IONOS_TOKEN (oder IONOS_USERNAME und IONOS_PASSWORD) setzen.</translation>
    </message>
    <message>
        <source>No secret is stored for the profile %1; set IONOS_TOKEN or IONOS_PASSWORD, or sign in once in the console.</source>
        <translation>Für das Profil %1 ist kein Geheimnis gespeichert; IONOS_TOKEN oder IONOS_PASSWORD setzen oder sich einmal in der Konsole anmelden.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cloud API %1, contract %2</source>
        <translation>Cloud API %1, Vertrag %2</translation>
    </message>
    <message>
        <source>Cloud API %1</source>
        <translation>Cloud API %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>row %1 %2: %3</source>
        <translation>Zeile %1 %2: %3</translation>
    </message>
    <message>
        <source>What changes in access:</source>
        <translation>Was sich am Zugriff ändert:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>done (request %1)</source>
        <translation>erledigt (Anfrage %1)</translation>
    </message>
    <message>
        <source>done (requests %1)</source>
        <translation>erledigt (Anfragen %1)</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import users from %1</source>
        <translation>Benutzer aus %1 importieren</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>2-factor authentication required</source>
        <translation>2-Faktor-Authentifizierung verlangt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not true or false</source>
        <translation>%1 ist „%2“, nicht true oder false</translation>
    </message>
    <message>
        <source>there is no group &quot;%1&quot;</source>
        <translation>es gibt keine Gruppe „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n groups are called &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Gruppe heißt „%1“</numerusform>
            <numerusform>%n Gruppen heißen „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known. The columns are: %2.</source>
        <translation>Die Spalte „%1“ ist unbekannt. Die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is there twice.</source>
        <translation>Die Spalte „%1“ gibt es zweimal.</translation>
    </message>
    <message>
        <source>The file has no email column; the header row names the columns, such as email,firstname,lastname,groups.</source>
        <translation>Die Datei hat keine Spalte email; die Kopfzeile nennt die Spalten, etwa email,firstname,lastname,groups.</translation>
    </message>
    <message>
        <source>the e-mail is empty</source>
        <translation>die E-Mail-Adresse fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the e-mail is also on row %1</source>
        <translation>die E-Mail-Adresse steht auch in Zeile %1</translation>
    </message>
    <message>
        <source>a new user needs a first and a last name</source>
        <translation>ein neuer Benutzer braucht Vor- und Nachnamen</translation>
    </message>
    <message>
        <source>the password has fewer than %1 characters</source>
        <translation>das Passwort hat weniger als %1 Zeichen</translation>
    </message>
    <message>
        <source>a new user needs a password: give one in the password column or have the console generate them</source>
        <translation>ein neuer Benutzer braucht ein Passwort: Geben Sie eines in der Spalte password an oder lassen Sie die Konsole Passwörter erzeugen</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>create: %1</source>
        <translation>anlegen: %1</translation>
    </message>
    <message>
        <source>password generated</source>
        <translation>Passwort erzeugt</translation>
    </message>
    <message>
        <source>update: %1</source>
        <translation>ändern: %1</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>joins %1</source>
        <translation>tritt %1 bei</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>verlässt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n Zeile: </numerusform>
            <numerusform>%n Zeilen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create, </source>
        <translation>
            <numerusform>%n anzulegen, </numerusform>
            <numerusform>%n anzulegen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update, </source>
        <translation>
            <numerusform>%n zu ändern, </numerusform>
            <numerusform>%n zu ändern, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with nothing to do, </source>
        <translation>
            <numerusform>%n ohne Änderung, </numerusform>
            <numerusform>%n ohne Änderung, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n abgelehnt.</numerusform>
            <numerusform>%n abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>&apos;%1&apos; is missing.</source>
        <translation>&apos;%1&apos; fehlt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be text.</source>
        <translation>&apos;%1&apos; sollte Text sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty.</source>
        <translation>&apos;%1&apos; ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be true or false.</source>
        <translation>&apos;%1&apos; sollte true oder false sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time.</source>
        <translation>&apos;%1&apos; ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be an object.</source>
        <translation>&apos;%1&apos; sollte ein Objekt sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be a list.</source>
        <translation>&apos;%1&apos; sollte eine Liste sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be a whole number.</source>
        <translation>&apos;%1&apos; sollte eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>Offboard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>left: %1: %2</source>
        <translation>offen: %1: %2</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>What changes in access:</source>
        <translation>Was sich am Zugriff ändert:</translation>
    </message>
    <message>
        <source>nobody else reaches it</source>
        <translation>niemand sonst erreicht sie</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) reach it: %1</source>
        <translation>
            <numerusform>%n weitere Person erreicht sie: %1</numerusform>
            <numerusform>%n weitere Personen erreichen sie: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n administrator(s)</source>
        <translation>
            <numerusform> und %n Administrator</numerusform>
            <numerusform> und %n Administratoren</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1, left without a keeper: %2</source>
        <translation>angelegt: %1, bliebe ohne Verantwortlichen: %2</translation>
    </message>
    <message>
        <source>created %1: %2</source>
        <translation>angelegt: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer offboarden</numerusform>
            <numerusform>%n Benutzer offboarden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>no user has the e-mail %1</source>
        <translation>kein Benutzer hat die E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>named twice</source>
        <translation>zweimal genannt</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate the Object Storage key %1 of %2</source>
        <translation>Object-Storage-Schlüssel %1 von %2 deaktivieren</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>deaktivieren</translation>
    </message>
    <message>
        <source>leave %1</source>
        <translation>%1 verlassen</translation>
    </message>
    <message numerus="yes">
        <source>deactivate %n Object Storage key(s)</source>
        <translation>
            <numerusform>%n Object-Storage-Schlüssel deaktivieren</numerusform>
            <numerusform>%n Object-Storage-Schlüssel deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Object Storage keys not loaded</source>
        <translation>Object-Storage-Schlüssel nicht geladen</translation>
    </message>
    <message>
        <source>nothing to do: deactivated, in no group, no active key</source>
        <translation>nichts zu tun: deaktiviert, in keiner Gruppe, kein aktiver Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>created %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource angelegt</numerusform>
            <numerusform>%n Ressourcen angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a keeper)</source>
        <translation>
            <numerusform>(%n ohne Verantwortlichen)</numerusform>
            <numerusform>(%n ohne Verantwortlichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordsFile</name>
    <message>
        <source>%1 exists already; passwords are never written over a file. Choose another name.</source>
        <translation>%1 gibt es schon; Passwörter überschreiben nie eine Datei. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The passwords file was not created.</source>
        <translation>Die Passwortdatei wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PostureDocument</name>
    <message>
        <source>Access Posture Report</source>
        <translation>Sicherheitsbericht der Zugriffe</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>IONOS Cloud Admin Console %1</source>
        <translation>IONOS Cloud Verwaltungskonsole %1</translation>
    </message>
    <message>
        <source>At a Glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 (%2 active, %3 deactivated)</source>
        <translation>%1 (%2 aktiv, %3 deaktiviert)</translation>
    </message>
    <message>
        <source>Active administrators</source>
        <translation>Aktive Administratoren</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>%1 (%2 without members)</source>
        <translation>%1 (%2 ohne Mitglieder)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>2-Factor Authentication</source>
        <translation>2-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Active users with 2-factor authentication set up: %1 of %2 (%3 %).</source>
        <translation>Aktive Benutzer mit eingerichteter 2-Faktor-Authentifizierung: %1 von %2 (%3 %).</translation>
    </message>
    <message>
        <source>Administrators with 2-factor authentication set up: %1 of %2 (%3 %).</source>
        <translation>Administratoren mit eingerichteter 2-Faktor-Authentifizierung: %1 von %2 (%3 %).</translation>
    </message>
    <message>
        <source>Findings by Severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Resources by Type</source>
        <translation>Ressourcen nach Typ</translation>
    </message>
    <message>
        <source>No resources.</source>
        <translation>Keine Ressourcen.</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>No user is an administrator.</source>
        <translation>Kein Benutzer ist Administrator.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>2-factor authentication</source>
        <translation>2-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>2FA required</source>
        <translation>2FA verlangt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>eingerichtet</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>Most Severe Findings</source>
        <translation>Die schwersten Befunde</translation>
    </message>
    <message>
        <source>Nothing risky found.</source>
        <translation>Nichts Riskantes gefunden.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message numerus="yes">
        <source>And %n more, less severe: see the Findings screen or &quot;ionos-admin report findings&quot;.</source>
        <translation>
            <numerusform>Und %n weiterer, weniger schwer: siehe die Ansicht Befunde oder „ionos-admin report findings“.</numerusform>
            <numerusform>Und %n weitere, weniger schwer: siehe die Ansicht Befunde oder „ionos-admin report findings“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Änderungen seit %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <source>Create Data Center</source>
        <translation>Rechenzentrum erstellen</translation>
    </message>
    <message>
        <source>Create new virtual data centers; the creator owns each one and has full rights on it.</source>
        <translation>Neue virtuelle Rechenzentren erstellen; wer eines erstellt, ist sein Eigentümer und hat alle Rechte daran.</translation>
    </message>
    <message>
        <source>Compute &amp; network</source>
        <translation>Compute &amp; Netzwerk</translation>
    </message>
    <message>
        <source>Create Snapshots</source>
        <translation>Snapshots erstellen</translation>
    </message>
    <message>
        <source>Take snapshots (saved copies) of volumes the member can reach.</source>
        <translation>Snapshots (gespeicherte Kopien) von Volumes erstellen, die das Mitglied erreicht.</translation>
    </message>
    <message>
        <source>Storage &amp; backup</source>
        <translation>Speicher &amp; Backup</translation>
    </message>
    <message>
        <source>Reserve IP</source>
        <translation>IP reservieren</translation>
    </message>
    <message>
        <source>Reserve and return blocks of static public IPv4 addresses in a region.</source>
        <translation>Blöcke statischer öffentlicher IPv4-Adressen in einer Region reservieren und zurückgeben.</translation>
    </message>
    <message>
        <source>Access Activity Log</source>
        <translation>Aktivitätsprotokoll einsehen</translation>
    </message>
    <message>
        <source>Read the contract&apos;s activity log (who logged in, what was created or changed), also through the Activity Log API.</source>
        <translation>Das Aktivitätsprotokoll des Vertrags lesen (wer sich angemeldet hat, was erstellt oder geändert wurde), auch über die Activity Log API.</translation>
    </message>
    <message>
        <source>Monitoring &amp; logging</source>
        <translation>Überwachung &amp; Protokolle</translation>
    </message>
    <message>
        <source>Create Cross Connects</source>
        <translation>Cross Connects erstellen</translation>
    </message>
    <message>
        <source>Create Cross Connects, which join private LANs of several data centers in the same region.</source>
        <translation>Cross Connects erstellen, die private LANs mehrerer Rechenzentren derselben Region verbinden.</translation>
    </message>
    <message>
        <source>Use Object Storage</source>
        <translation>Object Storage nutzen</translation>
    </message>
    <message>
        <source>Use IONOS Object Storage (S3-compatible): buckets and access keys; granting it also turns on the member&apos;s keys.</source>
        <translation>IONOS Object Storage (S3-kompatibel) nutzen: Buckets und Zugangsschlüssel; die Berechtigung schaltet auch die Schlüssel des Mitglieds frei.</translation>
    </message>
    <message>
        <source>Create Backup Units</source>
        <translation>Backup-Einheiten erstellen</translation>
    </message>
    <message>
        <source>Create backup units, the accounts that hold server backups made by the backup agent.</source>
        <translation>Backup-Einheiten erstellen, die Konten für die Server-Backups des Backup-Agenten.</translation>
    </message>
    <message>
        <source>Create Internet Access</source>
        <translation>Internetzugang erstellen</translation>
    </message>
    <message>
        <source>Connect networks to the public internet (Internet Access element, public LAN); IONOS does not document the exact scope.</source>
        <translation>Netzwerke mit dem öffentlichen Internet verbinden (Element Internetzugang, öffentliches LAN); den genauen Umfang dokumentiert IONOS nicht.</translation>
    </message>
    <message>
        <source>Create Kubernetes Clusters</source>
        <translation>Kubernetes-Cluster erstellen</translation>
    </message>
    <message>
        <source>Create, change and delete Managed Kubernetes clusters.</source>
        <translation>Managed-Kubernetes-Cluster erstellen, ändern und löschen.</translation>
    </message>
    <message>
        <source>Kubernetes &amp; containers</source>
        <translation>Kubernetes &amp; Container</translation>
    </message>
    <message>
        <source>Create Flow Logs</source>
        <translation>Flow Logs erstellen</translation>
    </message>
    <message>
        <source>Turn on flow logs that record the traffic of NICs, network load balancers and NAT gateways into a bucket.</source>
        <translation>Flow Logs einschalten, die den Datenverkehr von Netzwerkkarten, Network Load Balancern und NAT-Gateways in einen Bucket schreiben.</translation>
    </message>
    <message>
        <source>Access and Manage Monitoring</source>
        <translation>Überwachung nutzen und verwalten</translation>
    </message>
    <message>
        <source>See metrics and set up alarms and alarm actions in Monitoring as a Service.</source>
        <translation>Metriken ansehen sowie Alarme und Alarmaktionen in Monitoring as a Service einrichten.</translation>
    </message>
    <message>
        <source>Access and Manage Certificates</source>
        <translation>Zertifikate nutzen und verwalten</translation>
    </message>
    <message>
        <source>Upload and manage TLS certificates in Certificate Manager, including auto-renewed ones; CDN and API Gateway domains can use them.</source>
        <translation>TLS-Zertifikate im Certificate Manager hochladen und verwalten, auch automatisch erneuerte; CDN- und API-Gateway-Domains können sie verwenden.</translation>
    </message>
    <message>
        <source>DNS, certificates &amp; CDN</source>
        <translation>DNS, Zertifikate &amp; CDN</translation>
    </message>
    <message>
        <source>Manage DBaaS</source>
        <translation>DBaaS verwalten</translation>
    </message>
    <message>
        <source>Create and run managed database clusters (PostgreSQL, MariaDB, MongoDB and the other DBaaS engines).</source>
        <translation>Verwaltete Datenbank-Cluster erstellen und betreiben (PostgreSQL, MariaDB, MongoDB und die anderen DBaaS-Engines).</translation>
    </message>
    <message>
        <source>Databases &amp; data</source>
        <translation>Datenbanken &amp; Daten</translation>
    </message>
    <message>
        <source>Access and Manage DNS</source>
        <translation>DNS nutzen und verwalten</translation>
    </message>
    <message>
        <source>Manage Cloud DNS zones (primary and secondary) and their records.</source>
        <translation>Cloud-DNS-Zonen (primär und sekundär) und ihre Einträge verwalten.</translation>
    </message>
    <message>
        <source>Manage Registry</source>
        <translation>Registry verwalten</translation>
    </message>
    <message>
        <source>Create private container registries and manage their repositories and access tokens.</source>
        <translation>Private Container-Registries erstellen und ihre Repositories und Zugangstoken verwalten.</translation>
    </message>
    <message>
        <source>Manage Data Platform</source>
        <translation>Data Platform verwalten</translation>
    </message>
    <message>
        <source>Create and manage Managed Stackable Data Platform clusters.</source>
        <translation>Cluster der Managed Stackable Data Platform erstellen und verwalten.</translation>
    </message>
    <message>
        <source>Access and Manage Logging Service</source>
        <translation>Logging Service nutzen und verwalten</translation>
    </message>
    <message>
        <source>Create and manage Logging Service pipelines (pipelines only; Grafana access is separate).</source>
        <translation>Pipelines des Logging Service erstellen und verwalten (nur Pipelines; der Grafana-Zugang ist getrennt).</translation>
    </message>
    <message>
        <source>Access and Manage CDN</source>
        <translation>CDN nutzen und verwalten</translation>
    </message>
    <message>
        <source>Create and manage CDN distributions.</source>
        <translation>CDN-Distributionen erstellen und verwalten.</translation>
    </message>
    <message>
        <source>Access and Manage VPN Gateway</source>
        <translation>VPN Gateway nutzen und verwalten</translation>
    </message>
    <message>
        <source>Create and manage VPN Gateways (IPsec or WireGuard tunnels into private LANs).</source>
        <translation>VPN Gateways erstellen und verwalten (IPsec- oder WireGuard-Tunnel in private LANs).</translation>
    </message>
    <message>
        <source>Access and Manage API Gateway</source>
        <translation>API Gateway nutzen und verwalten</translation>
    </message>
    <message>
        <source>Create and manage API Gateway instances, their routes and custom domains.</source>
        <translation>API-Gateway-Instanzen mit ihren Routen und eigenen Domains erstellen und verwalten.</translation>
    </message>
    <message>
        <source>Access and Manage Kafka</source>
        <translation>Kafka nutzen und verwalten</translation>
    </message>
    <message>
        <source>Create and manage Event Streams for Apache Kafka clusters (KaaS = Kafka as a Service; see note).</source>
        <translation>Cluster von Event Streams for Apache Kafka erstellen und verwalten (KaaS = Kafka as a Service; siehe Hinweis).</translation>
    </message>
    <message>
        <source>Access and Manage Network File Storage</source>
        <translation>Network File Storage nutzen und verwalten</translation>
    </message>
    <message>
        <source>Create and manage Network File Storage (NFS) clusters and their shares.</source>
        <translation>Network-File-Storage-Cluster (NFS) und ihre Freigaben erstellen und verwalten.</translation>
    </message>
    <message>
        <source>Access and Manage AI Model Hub</source>
        <translation>AI Model Hub nutzen und verwalten</translation>
    </message>
    <message>
        <source>Use the AI Model Hub (hosted models, document collections for retrieval) and manage what is stored there.</source>
        <translation>Den AI Model Hub nutzen (gehostete Modelle, Dokumentsammlungen für die Suche) und verwalten, was dort gespeichert ist.</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Access and Manage IAM Resources</source>
        <translation>IAM-Ressourcen nutzen und verwalten</translation>
    </message>
    <message>
        <source>Manage account-wide identity settings: password policies and IAM Federation (identity providers). Not users or groups.</source>
        <translation>Kontoweite Identitätseinstellungen verwalten: Passwortrichtlinien und IAM Federation (Identitätsanbieter). Nicht Benutzer oder Gruppen.</translation>
    </message>
    <message>
        <source>Identity &amp; security</source>
        <translation>Identität &amp; Sicherheit</translation>
    </message>
    <message>
        <source>Create Network Security Groups</source>
        <translation>Network Security Groups erstellen</translation>
    </message>
    <message>
        <source>Create Network Security Groups (reusable firewall rule sets for servers and NICs).</source>
        <translation>Network Security Groups erstellen (wiederverwendbare Firewall-Regelsätze für Server und Netzwerkkarten).</translation>
    </message>
</context>
<context>
    <name>RemedyPlan</name>
    <message>
        <source>Deactivate User…</source>
        <translation>Benutzer deaktivieren…</translation>
    </message>
    <message>
        <source>Remove from Groups…</source>
        <translation>Aus Gruppen entfernen…</translation>
    </message>
    <message>
        <source>Delete Group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <source>Stop Sharing…</source>
        <translation>Freigabe beenden…</translation>
    </message>
    <message>
        <source>Require 2-Factor Authentication</source>
        <translation>2-Faktor-Authentifizierung vorschreiben</translation>
    </message>
    <message>
        <source>Require 2-factor authentication for this administrator?</source>
        <translation>Für diesen Administrator 2-Faktor-Authentifizierung vorschreiben?</translation>
    </message>
    <message>
        <source>They must set it up before they can sign in again.</source>
        <translation>Vor der nächsten Anmeldung muss sie eingerichtet werden.</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate this user?</source>
        <translation>Diesen Benutzer deaktivieren?</translation>
    </message>
    <message>
        <source>They can no longer sign in; their groups and resources stay.</source>
        <translation>Er kann sich nicht mehr anmelden; Gruppen und Ressourcen bleiben.</translation>
    </message>
    <message>
        <source>Tick &quot;Active&quot; in the user&apos;s properties.</source>
        <translation>„Aktiv“ in den Eigenschaften des Benutzers wählen.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Remove from Groups</source>
        <translation>Aus Gruppen entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove this user from their %n group(s)?</source>
        <translation>
            <numerusform>Diesen Benutzer aus seiner Gruppe entfernen?</numerusform>
            <numerusform>Diesen Benutzer aus seinen %n Gruppen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They lose what those groups grant.</source>
        <translation>Er verliert, was diese Gruppen gewähren.</translation>
    </message>
    <message>
        <source>Add them to the groups again.</source>
        <translation>Ihn wieder zu den Gruppen hinzufügen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Delete this group?</source>
        <translation>Diese Gruppe löschen?</translation>
    </message>
    <message>
        <source>The group is deleted with its privileges and shares; nobody is in it.</source>
        <translation>Die Gruppe wird mit ihren Berechtigungen und Freigaben gelöscht; niemand ist darin.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Stop Sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing this resource with %n group(s)?</source>
        <translation>
            <numerusform>Die Freigabe dieser Ressource für eine Gruppe beenden?</numerusform>
            <numerusform>Die Freigabe dieser Ressource für %n Gruppen beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their members lose the access the share gave.</source>
        <translation>Ihre Mitglieder verlieren den Zugriff, den die Freigabe gab.</translation>
    </message>
    <message>
        <source>Share it again from the group&apos;s Shares tab.</source>
        <translation>Sie im Reiter „Freigaben“ der Gruppe erneut freigeben.</translation>
    </message>
    <message>
        <source>2-factor authentication is now required for %1.</source>
        <translation>Für %1 ist die 2-Faktor-Authentifizierung jetzt vorgeschrieben.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Removing %1 from their groups; the Activity log shows each.</source>
        <translation>%1 wird aus den Gruppen entfernt; das Aktivitätsprotokoll zeigt jede Änderung.</translation>
    </message>
    <message>
        <source>Deleting the group; the Activity log shows how it ends.</source>
        <translation>Die Gruppe wird gelöscht; das Aktivitätsprotokoll zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>Stopping the share; the Activity log shows how it ends.</source>
        <translation>Die Freigabe wird beendet; das Aktivitätsprotokoll zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>Require 2-Factor Authentication…</source>
        <translation>2-Faktor-Authentifizierung vorschreiben…</translation>
    </message>
    <message>
        <source>Require It</source>
        <translation>Vorschreiben</translation>
    </message>
    <message>
        <source>Clear &quot;Require 2-factor authentication&quot; in the user&apos;s properties.</source>
        <translation>„2-Faktor-Authentifizierung vorschreiben“ in den Eigenschaften des Benutzers abwählen.</translation>
    </message>
    <message>
        <source>Deactivate Keys…</source>
        <translation>Schlüssel deaktivieren …</translation>
    </message>
    <message>
        <source>Deactivate Object Storage Keys</source>
        <translation>Object-Storage-Schlüssel deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Object Storage key(s) of this user?</source>
        <translation>
            <numerusform>%n Object-Storage-Schlüssel dieses Benutzers deaktivieren?</numerusform>
            <numerusform>%n Object-Storage-Schlüssel dieses Benutzers deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Programs that use them lose access to the buckets.</source>
        <translation>Programme, die sie verwenden, verlieren den Zugriff auf die Buckets.</translation>
    </message>
    <message>
        <source>Activate them again in the user&apos;s Object Storage Keys tab.</source>
        <translation>Aktivieren Sie sie wieder im Reiter „Object-Storage-Schlüssel“ des Benutzers.</translation>
    </message>
    <message>
        <source>Deactivating the keys of %1; the Activity log shows how it ends.</source>
        <translation>Die Schlüssel von %1 werden deaktiviert; das Aktivitätsprotokoll zeigt, wie es ausgeht.</translation>
    </message>
</context>
<context>
    <name>ResellerCodec</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>a JSON object was expected.</source>
        <translation>ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>a JSON list was expected.</source>
        <translation>eine JSON-Liste wurde erwartet.</translation>
    </message>
    <message>
        <source>item %1 of the list is not an object.</source>
        <translation>Eintrag %1 der Liste ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>ResourceStates</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Being deployed</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Being updated</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ResourceTypes</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a resource&apos;s name and its type</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Data centers</source>
        <translation>Rechenzentren</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>IP blocks</source>
        <translation>IP-Blöcke</translation>
    </message>
    <message>
        <source>IP block</source>
        <translation>IP-Block</translation>
    </message>
    <message>
        <source>Cross connects</source>
        <translation>Cross Connects</translation>
    </message>
    <message>
        <source>Cross connect</source>
        <translation>Cross Connect</translation>
    </message>
    <message>
        <source>Backup units</source>
        <translation>Backup-Einheiten</translation>
    </message>
    <message>
        <source>Backup unit</source>
        <translation>Backup-Einheit</translation>
    </message>
    <message>
        <source>Kubernetes clusters</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
</context>
<context>
    <name>RestorePlan</name>
    <message>
        <source>The resource %1 is not restored: a resource is changed where it lives, not in user management.</source>
        <translation>Die Ressource %1 wird nicht wiederhergestellt: Eine Ressource wird dort geändert, wo sie liegt, nicht in der Benutzerverwaltung.</translation>
    </message>
    <message>
        <source>%1 was deleted; a user can be created again only in the window, with a new password.</source>
        <translation>%1 wurde gelöscht; ein Benutzer kann nur im Fenster und mit einem neuen Passwort wieder angelegt werden.</translation>
    </message>
    <message>
        <source>2-factor authentication of %1 is not turned on again: only the user can do that.</source>
        <translation>Die 2-Faktor-Authentifizierung von %1 wird nicht wieder eingeschaltet: Das kann nur der Benutzer selbst.</translation>
    </message>
    <message>
        <source>The resource %1 no longer exists: it cannot be shared again.</source>
        <translation>Die Ressource %1 existiert nicht mehr: Sie kann nicht wieder freigegeben werden.</translation>
    </message>
    <message>
        <source>The admin %1 of contract %2 was added since; a restore does not delete reseller admins.</source>
        <translation>Der Administrator %1 von Vertrag %2 kam seitdem hinzu; eine Wiederherstellung löscht keine Reseller-Administratoren.</translation>
    </message>
    <message>
        <source>The admin %1 of contract %2 was deleted since; a restore does not create reseller admins.</source>
        <translation>Der Administrator %1 von Vertrag %2 wurde seitdem gelöscht; eine Wiederherstellung legt keine Reseller-Administratoren an.</translation>
    </message>
    <message>
        <source>Create the group %1 again</source>
        <translation>Die Gruppe %1 wieder anlegen</translation>
    </message>
    <message>
        <source>Set the name and privileges of %1 back</source>
        <translation>Name und Berechtigungen von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Set the properties of %1 back</source>
        <translation>Die Eigenschaften von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Create the user %1 again</source>
        <translation>Den Benutzer %1 wieder anlegen</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Share %1 with %2 (edit: %3, share: %4)</source>
        <translation>%1 für %2 freigeben (bearbeiten: %3, weitergeben: %4)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Stop sharing %1 with %2</source>
        <translation>Freigabe von %1 für %2 beenden</translation>
    </message>
    <message>
        <source>Set the admin %1 of contract %2 back</source>
        <translation>Den Administrator %1 von Vertrag %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Delete %1, who is not in the snapshot</source>
        <translation>%1 löschen, der nicht in der Momentaufnahme ist</translation>
    </message>
    <message>
        <source>Delete the group %1, which is not in the snapshot</source>
        <translation>Die Gruppe %1 löschen, die nicht in der Momentaufnahme ist</translation>
    </message>
    <message>
        <source>The snapshot is of contract %1, but this account is contract %2: it is not restored here.</source>
        <translation>Der Snapshot gehört zu Vertrag %1, dieses Konto ist aber Vertrag %2: Er wird hier nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The snapshot has no user or group of this account: it is of another account and is not restored here.</source>
        <translation>Der Snapshot enthält keinen Benutzer und keine Gruppe dieses Kontos: Er gehört zu einem anderen Konto und wird hier nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The Object Storage key %1 was deleted; a deleted key cannot be created again: a new key has a new access key and secret. Generate a new key if one is needed.</source>
        <translation>Der Object-Storage-Schlüssel %1 wurde gelöscht. Ein gelöschter Schlüssel lässt sich nicht wieder anlegen: Ein neuer Schlüssel hat einen neuen Zugriffsschlüssel und ein neues Geheimnis. Erzeugen Sie einen neuen Schlüssel, wenn einer gebraucht wird.</translation>
    </message>
    <message>
        <source>Activate the Object Storage key %1 of %2 again</source>
        <translation>Den Object-Storage-Schlüssel %1 von %2 wieder aktivieren</translation>
    </message>
    <message>
        <source>Deactivate the Object Storage key %1 of %2 again</source>
        <translation>Den Object-Storage-Schlüssel %1 von %2 wieder deaktivieren</translation>
    </message>
</context>
<context>
    <name>RoleTemplates</name>
    <message>
        <source>This is not a file of role templates.</source>
        <translation>Dies ist keine Datei mit Rollenvorlagen.</translation>
    </message>
    <message>
        <source>A role template has no name.</source>
        <translation>Eine Rollenvorlage hat keinen Namen.</translation>
    </message>
    <message>
        <source>The role template %1 names %2, which is not a privilege.</source>
        <translation>Die Rollenvorlage %1 nennt %2, was keine Berechtigung ist.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain service is running in this desktop session (no Secret Service on the session bus), so the secret cannot be kept.</source>
        <translation>In dieser Desktop-Sitzung läuft kein Schlüsselbund-Dienst (kein Secret Service auf dem Sitzungsbus), daher kann das Geheimnis nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The keychain is locked and refused to save the secret. Unlock it (for example by signing in to the desktop again) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt und hat das Speichern abgelehnt. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden am Desktop) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet (or the keychain is locked).</source>
        <translation>Für dieses Profil ist noch kein Geheimnis gespeichert (oder der Schlüsselbund ist gesperrt).</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
    </message>
</context>
<context>
    <name>SessionScreens</name>
    <message>
        <source>Profile &quot;%1&quot;, Cloud API %2, contract %3</source>
        <translation>Profil „%1“, Cloud API %2, Vertrag %3</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, Cloud API %2</source>
        <translation>Profil „%1“, Cloud API %2</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing to restore: the account is as the snapshot has it.
</source>
        <translation>Nichts wiederherzustellen: Das Konto entspricht dem Snapshot.
</translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation>wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>übrig: %1</translation>
    </message>
    <message>
        <source>left: %1: %2</source>
        <translation>übrig: %1: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotHistory</name>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message numerus="yes">
        <source>IONOS Cloud: %n alert(s) in the account</source>
        <translation>
            <numerusform>IONOS Cloud: %n Warnung im Konto</numerusform>
            <numerusform>IONOS Cloud: %n Warnungen im Konto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>und %n weitere.</numerusform>
            <numerusform>und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There was no baseline: the account now is written to %1 as the baseline.
</source>
        <translation>Es gab keine Vergleichsdatei: Das Konto, wie es jetzt ist, wird als Vergleichsdatei in %1 geschrieben.
</translation>
    </message>
    <message>
        <source>%1 does not exist: run the watch with --update once to make the account as it is then the baseline.</source>
        <translation>%1 existiert nicht: Führen Sie die Überwachung einmal mit --update aus, damit das Konto, wie es dann ist, zur Vergleichsdatei wird.</translation>
    </message>
</context>
<context>
    <name>WatchRules</name>
    <message>
        <source>New administrator</source>
        <translation>Neuer Administrator</translation>
    </message>
    <message>
        <source>2-factor authentication no longer required</source>
        <translation>2-Faktor-Authentifizierung nicht mehr verlangt</translation>
    </message>
    <message>
        <source>User active again</source>
        <translation>Benutzer wieder aktiv</translation>
    </message>
    <message>
        <source>Privilege granted</source>
        <translation>Berechtigung erteilt</translation>
    </message>
    <message>
        <source>Resource shared</source>
        <translation>Ressource freigegeben</translation>
    </message>
    <message>
        <source>Share widened</source>
        <translation>Freigabe erweitert</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Mitglied hinzugefügt</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 ist jetzt Mitglied von %2.</translation>
    </message>
    <message>
        <source>%1 is a new user and an administrator.</source>
        <translation>%1 ist ein neuer Benutzer und Administrator.</translation>
    </message>
    <message>
        <source>%1 is a new user.</source>
        <translation>%1 ist ein neuer Benutzer.</translation>
    </message>
    <message>
        <source>%1 is an administrator now.</source>
        <translation>%1 ist jetzt Administrator.</translation>
    </message>
    <message>
        <source>%1 no longer has to sign in with 2-factor authentication.</source>
        <translation>%1 muss sich nicht mehr mit 2-Faktor-Authentifizierung anmelden.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>%1 now grants %2.</source>
        <translation>%1 erteilt jetzt %2.</translation>
    </message>
    <message>
        <source>%1 is now shared with %2.</source>
        <translation>%1 ist jetzt für %2 freigegeben.</translation>
    </message>
    <message>
        <source>%1 may now edit and share %2.</source>
        <translation>%1 darf %2 jetzt bearbeiten und teilen.</translation>
    </message>
    <message>
        <source>%1 may now edit %2.</source>
        <translation>%1 darf %2 jetzt bearbeiten.</translation>
    </message>
    <message>
        <source>%1 may now share %2.</source>
        <translation>%1 darf %2 jetzt teilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) since %1, as of %2.</source>
        <translation>
            <numerusform>%n Warnung seit %1, Stand %2.</numerusform>
            <numerusform>%n Warnungen seit %1, Stand %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message numerus="yes">
        <source>%n user(s) gain %1</source>
        <translation>
            <numerusform>%n Benutzer erhält %1</numerusform>
            <numerusform>%n Benutzer erhalten %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) lose %1</source>
        <translation>
            <numerusform>%n Benutzer verliert %1</numerusform>
            <numerusform>%n Benutzer verlieren %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) lose all access to %1</source>
        <translation>
            <numerusform>%n Benutzer verliert jeden Zugriff auf %1</numerusform>
            <numerusform>%n Benutzer verlieren jeden Zugriff auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>Leserecht auf %1</translation>
    </message>
    <message>
        <source>edit on %1</source>
        <translation>Bearbeitungsrecht auf %1</translation>
    </message>
    <message>
        <source>share on %1</source>
        <translation>Teilrecht auf %1</translation>
    </message>
</context>
<context>
    <name>ionos::AboutDialog</name>
    <message>
        <source>About IONOS Cloud Admin Console</source>
        <translation>Über die IONOS Cloud Verwaltungskonsole</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Programmsymbol</translation>
    </message>
    <message>
        <source>The icon of the IONOS Cloud Admin Console</source>
        <translation>Das Symbol der IONOS Cloud Verwaltungskonsole</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IONOS Cloud Admin Console %1&lt;/h3&gt;&lt;p&gt;Users, groups and their privileges, members, shares, resource ownership and reseller admins of IONOS Cloud accounts, with credentials in the system keychain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;APIs&lt;/b&gt;&lt;br&gt;IONOS Cloud API v6, User Management: %2&lt;br&gt;IONOS Reseller API v2, contract admins: %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence&lt;/b&gt;&lt;br&gt;GNU General Public License, version 3 or later. This program comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %4 and Qt Keychain. IONOS is a trademark of IONOS SE; this console is not an IONOS product.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IONOS Cloud Verwaltungskonsole %1&lt;/h3&gt;&lt;p&gt;Benutzer, Gruppen und ihre Berechtigungen, Mitglieder, Freigaben, Eigentümer von Ressourcen und Reseller-Admins von IONOS-Cloud-Konten, mit den Anmeldedaten im System-Schlüsselbund.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schnittstellen&lt;/b&gt;&lt;br&gt;IONOS Cloud API v6, Benutzerverwaltung: %2&lt;br&gt;IONOS Reseller API v2, Vertrags-Admins: %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenz&lt;/b&gt;&lt;br&gt;GNU General Public License, Version 3 oder später. Dieses Programm kommt ohne jede Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %4 und Qt Keychain. IONOS ist eine Marke der IONOS SE; diese Konsole ist kein Produkt von IONOS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this console</source>
        <translation>Über diese Konsole</translation>
    </message>
    <message>
        <source>Version, licence and the APIs the console speaks</source>
        <translation>Version, Lizenz und die Schnittstellen, die die Konsole nutzt</translation>
    </message>
</context>
<context>
    <name>ionos::AccessReviewModel</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Ticked: Apply removes the member or stops the share</source>
        <translation>Angehakt: Anwenden entfernt das Mitglied oder beendet die Freigabe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request Id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Group Id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Subject Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Reviewed At</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>%1, as proposed</source>
        <translation>%1, wie vorgeschlagen</translation>
    </message>
    <message>
        <source>%1; proposed: %2</source>
        <translation>%1; vorgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ionos::AccessReviewView</name>
    <message>
        <source>&amp;Start Review</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>Mark &amp;Remove</source>
        <translation>Zum &amp;Entfernen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Keep</source>
        <translation>Zum &amp;Behalten markieren</translation>
    </message>
    <message>
        <source>&amp;Apply Decisions…</source>
        <translation>Entscheidungen &amp;anwenden…</translation>
    </message>
    <message>
        <source>&amp;Export Evidence…</source>
        <translation>Nachweis e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Groups to review:</source>
        <translation>Zu prüfende &amp;Gruppen:</translation>
    </message>
    <message>
        <source>Groups to review</source>
        <translation>Zu prüfende Gruppen</translation>
    </message>
    <message>
        <source>Tick the groups whose members and shares to review</source>
        <translation>Haken Sie die Gruppen an, deren Mitglieder und Freigaben geprüft werden sollen</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Tick every group</source>
        <translation>Alle Gruppen anhaken</translation>
    </message>
    <message>
        <source>Untick every group</source>
        <translation>Keine Gruppe anhaken</translation>
    </message>
    <message>
        <source>Inactive after </source>
        <translation>Inaktiv nach </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days without sign-in after which a member is proposed for removal</source>
        <translation>Tage ohne Anmeldung, nach denen ein Mitglied zum Entfernen vorgeschlagen wird</translation>
    </message>
    <message>
        <source>List every member and share of the ticked groups with a proposal</source>
        <translation>Jedes Mitglied und jede Freigabe der angehakten Gruppen mit einem Vorschlag auflisten</translation>
    </message>
    <message>
        <source>Tick the groups to review and press Start Review. Members who are deactivated or have not signed in for the days set are proposed for removal; everyone and everything else is proposed to keep.</source>
        <translation>Haken Sie die zu prüfenden Gruppen an und wählen Sie „Prüfung starten“. Mitglieder, die deaktiviert sind oder sich in den eingestellten Tagen nicht angemeldet haben, werden zum Entfernen vorgeschlagen; alle anderen und alles andere zum Behalten.</translation>
    </message>
    <message>
        <source>Filter the review</source>
        <translation>Prüfung filtern</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Every member and share of the reviewed groups: Remove ticked means Apply removes it; the proposal and why, and how applying ended</source>
        <translation>Jedes Mitglied und jede Freigabe der geprüften Gruppen: Ist „Entfernen“ angehakt, entfernt Anwenden es; dazu der Vorschlag mit Begründung und wie das Anwenden ausging</translation>
    </message>
    <message>
        <source>Tick Remove on the selected rows</source>
        <translation>„Entfernen“ in den ausgewählten Zeilen anhaken</translation>
    </message>
    <message>
        <source>Untick Remove on the selected rows</source>
        <translation>„Entfernen“ in den ausgewählten Zeilen abhaken</translation>
    </message>
    <message>
        <source>Remove every row with Remove ticked; the others are kept</source>
        <translation>Jede Zeile mit angehaktem „Entfernen“ entfernen; die anderen bleiben</translation>
    </message>
    <message>
        <source>Save the review with every decision and outcome as CSV or JSON</source>
        <translation>Die Prüfung mit jeder Entscheidung und jedem Ergebnis als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Applying the review</source>
        <translation>Prüfung wird angewendet</translation>
    </message>
    <message>
        <source>Tick at least one group to review.</source>
        <translation>Haken Sie mindestens eine zu prüfende Gruppe an.</translation>
    </message>
    <message>
        <source>The account is still loading: some members or shares may be missing. Start the review again once it is loaded.</source>
        <translation>Das Konto wird noch geladen: Einige Mitglieder oder Freigaben können fehlen. Starten Sie die Prüfung erneut, sobald es geladen ist.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>Apply Review</source>
        <translation>Prüfung anwenden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Applying the review; each removal also shows in the Activity log.</source>
        <translation>Die Prüfung wird angewendet; jedes Entfernen steht auch im Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>Review applied: everything is kept. Export the evidence to keep a record.</source>
        <translation>Prüfung angewendet: Alles bleibt. Exportieren Sie den Nachweis für Ihre Unterlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Review applied: %n removal(s) done. Export the evidence to keep a record.</source>
        <translation>
            <numerusform>Prüfung angewendet: %n Entfernung erledigt. Exportieren Sie den Nachweis für Ihre Unterlagen.</numerusform>
            <numerusform>Prüfung angewendet: %n Entfernungen erledigt. Exportieren Sie den Nachweis für Ihre Unterlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review applied: %1 of %2 removals done. Not done:
%3</source>
        <translation>Prüfung angewendet: %1 von %2 Entfernungen erledigt. Nicht erledigt:
%3</translation>
    </message>
    <message numerus="yes">
        <source>Review of %n group(s) by %1, started %2: %3 to remove, %4 to keep.</source>
        <translation>
            <numerusform>Prüfung von %n Gruppe durch %1, begonnen %2: %3 entfernen, %4 behalten.</numerusform>
            <numerusform>Prüfung von %n Gruppen durch %1, begonnen %2: %3 entfernen, %4 behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Nachweis exportieren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The evidence could not be saved to %1: %2</source>
        <translation>Der Nachweis konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Evidence saved to %1.</source>
        <translation>Nachweis unter %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n Freigabe</numerusform>
            <numerusform>%n Freigaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 as the review decided?</source>
        <translation>%1 entfernen, wie in der Prüfung entschieden?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) and share(s)</source>
        <translation>
            <numerusform>%n Mitglied oder Freigabe</numerusform>
            <numerusform>%n Mitglieder und Freigaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n member(s) and share(s) stay as they are.</source>
        <translation>
            <numerusform>Das übrige Mitglied oder die übrige Freigabe bleibt, wie es ist.</numerusform>
            <numerusform>Die übrigen %n Mitglieder und Freigaben bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>To undo it, add the members and share the resources again.</source>
        <translation>Um es rückgängig zu machen, fügen Sie die Mitglieder wieder hinzu und geben Sie die Ressourcen wieder frei.</translation>
    </message>
</context>
<context>
    <name>ionos::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Changes made in this session</source>
        <translation>Änderungen in dieser Sitzung</translation>
    </message>
    <message>
        <source>Try the selected failed change again</source>
        <translation>Die gewählte fehlgeschlagene Änderung erneut versuchen</translation>
    </message>
    <message>
        <source>Every change of this session with its time, target, status and the server&apos;s message</source>
        <translation>Jede Änderung dieser Sitzung mit Zeit, Ziel, Status und der Meldung des Servers</translation>
    </message>
    <message>
        <source>Opens or closes the log of this session&apos;s changes</source>
        <translation>Öffnet oder schließt das Protokoll der Änderungen dieser Sitzung</translation>
    </message>
    <message>
        <source>Activity: no changes yet</source>
        <translation>Aktivität: noch keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Activity: %n change(s)</source>
        <translation>
            <numerusform>Aktivität: %n Änderung</numerusform>
            <numerusform>Aktivität: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in Arbeit</numerusform>
            <numerusform>%n in Arbeit</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Rückgängig…</translation>
    </message>
    <message>
        <source>Put back what the selected bulk change changed, as it was before</source>
        <translation>Zurücksetzen, was die ausgewählte Sammeländerung geändert hat, so wie es vorher war</translation>
    </message>
</context>
<context>
    <name>ionos::ActivityModel</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Retried: see the newer entry.</source>
        <translation>Wiederholt: siehe den neueren Eintrag.</translation>
    </message>
</context>
<context>
    <name>ionos::AdminDialog</name>
    <message>
        <source>Edit Admin of Contract %1</source>
        <translation>Admin von Vertrag %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Admin of Contract %1</source>
        <translation>Neuer Admin von Vertrag %1</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>The admin&apos;s first name</source>
        <translation>Der Vorname des Admins</translation>
    </message>
    <message>
        <source>The admin&apos;s last name</source>
        <translation>Der Nachname des Admins</translation>
    </message>
    <message>
        <source>The address the admin signs in with</source>
        <translation>Die Adresse, mit der sich der Admin anmeldet</translation>
    </message>
    <message>
        <source>At least 8 characters; the admin signs in with it</source>
        <translation>Mindestens 8 Zeichen; der Admin meldet sich damit an</translation>
    </message>
    <message>
        <source>The same password again, to rule out a typing mistake</source>
        <translation>Dasselbe Passwort noch einmal, um Tippfehler auszuschließen</translation>
    </message>
    <message>
        <source>Send the admin to the Reseller API</source>
        <translation>Den Admin an die Reseller-API senden</translation>
    </message>
    <message>
        <source>Close without changing the admin</source>
        <translation>Schließen, ohne den Admin zu ändern</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>ionos::AdminsController</name>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Create admin of contract %1</source>
        <translation>Admin von Vertrag %1 erstellen</translation>
    </message>
    <message>
        <source>Change admin of contract %1</source>
        <translation>Admin von Vertrag %1 ändern</translation>
    </message>
    <message>
        <source>Delete admin of contract %1</source>
        <translation>Admin von Vertrag %1 löschen</translation>
    </message>
    <message>
        <source>The Reseller API did not accept the credentials.</source>
        <translation>Die Reseller-API hat die Anmeldedaten nicht angenommen.</translation>
    </message>
    <message>
        <source>This account may not manage the admins of contract %1.</source>
        <translation>Dieses Konto darf die Admins von Vertrag %1 nicht verwalten.</translation>
    </message>
    <message>
        <source>Contract %1 is not known to this reseller account, or the admin no longer exists.</source>
        <translation>Vertrag %1 ist diesem Reseller-Konto nicht bekannt, oder der Admin existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The Reseller API refused the input.</source>
        <translation>Die Reseller-API hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <source>Too many requests to the Reseller API; wait a moment and try again.</source>
        <translation>Zu viele Anfragen an die Reseller-API; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Reseller API had a problem; try again later.</source>
        <translation>Die Reseller-API hatte ein Problem; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>ionos::AdminsModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>ionos::ApiClient</name>
    <message>
        <source>The address of the API is not acceptable: use https, or http only for this computer (loopback).</source>
        <translation>Die Adresse der API ist nicht zulässig: Verwenden Sie https, oder http nur für diesen Rechner (Loopback).</translation>
    </message>
</context>
<context>
    <name>ionos::BatchChange</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ionos::ChangesView</name>
    <message>
        <source>the snapshot %1 (taken %2)</source>
        <translation>der Momentaufnahme %1 (aufgenommen %2)</translation>
    </message>
    <message>
        <source>Compare the account now with a snapshot saved earlier (File &gt; Save Snapshot, or &quot;ionos-admin snapshot&quot;), or two snapshots with each other, to see what changed since.</source>
        <translation>Vergleichen Sie das Konto jetzt mit einer früher gespeicherten Momentaufnahme (Datei &gt; Momentaufnahme speichern oder „ionos-admin snapshot“) oder zwei Momentaufnahmen miteinander, um zu sehen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Compare &amp;With Snapshot…</source>
        <translation>Mit Momentaufnahme &amp;vergleichen…</translation>
    </message>
    <message>
        <source>What changed in the account since a snapshot was taken</source>
        <translation>Was sich im Konto seit einer Momentaufnahme geändert hat</translation>
    </message>
    <message>
        <source>Compare &amp;Two Snapshots…</source>
        <translation>&amp;Zwei Momentaufnahmen vergleichen…</translation>
    </message>
    <message>
        <source>What changed from an older snapshot to a newer one</source>
        <translation>Was sich von einer älteren zu einer neueren Momentaufnahme geändert hat</translation>
    </message>
    <message>
        <source>Kind of change shown</source>
        <translation>Angezeigte Art von Änderung</translation>
    </message>
    <message>
        <source>Filter changes</source>
        <translation>Änderungen filtern</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Each change by kind: added, removed or changed, what it is about, the field, before and after</source>
        <translation>Jede Änderung nach Art: hinzugefügt, entfernt oder geändert, worum es geht, das Feld, vorher und nachher</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Momentaufnahmen (*.json)</translation>
    </message>
    <message>
        <source>Compare With Snapshot</source>
        <translation>Mit Momentaufnahme vergleichen</translation>
    </message>
    <message>
        <source>The Older Snapshot</source>
        <translation>Die ältere Momentaufnahme</translation>
    </message>
    <message>
        <source>The Newer Snapshot</source>
        <translation>Die neuere Momentaufnahme</translation>
    </message>
    <message>
        <source>Changes from %1 to the account as loaded (Refresh reads it again).</source>
        <translation>Änderungen von %1 zum Konto, wie es geladen ist (Aktualisieren liest es neu).</translation>
    </message>
    <message>
        <source>The account is still loading; the changes show once it is loaded.</source>
        <translation>Das Konto wird noch geladen; die Änderungen erscheinen, sobald es geladen ist.</translation>
    </message>
    <message>
        <source>The account could not be read to compare.</source>
        <translation>Das Konto konnte für den Vergleich nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Changes from %1 to %2.</source>
        <translation>Änderungen von %1 zu %2.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message numerus="yes">
        <source>All kinds (%n)</source>
        <translation>
            <numerusform>Alle Arten (%n)</numerusform>
            <numerusform>Alle Arten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Put the selected changes back as the snapshot has them (all shown when none is selected)</source>
        <translation>Die ausgewählten Änderungen so zurücksetzen, wie der Snapshot sie enthält (alle angezeigten, wenn nichts ausgewählt ist)</translation>
    </message>
    <message>
        <source>&amp;Restore Selected…</source>
        <translation>Auswahl &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>A restore puts back a snapshot compared with the account now</source>
        <translation>Eine Wiederherstellung setzt einen Snapshot zurück, der mit dem aktuellen Konto verglichen wurde</translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected change(s) back as the snapshot has them</source>
        <translation>
            <numerusform>Die ausgewählte Änderung so zurücksetzen, wie der Snapshot sie enthält</numerusform>
            <numerusform>Die %n ausgewählten Änderungen so zurücksetzen, wie der Snapshot sie enthält</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %n change(s) shown back as the snapshot has them</source>
        <translation>
            <numerusform>Die angezeigte Änderung so zurücksetzen, wie der Snapshot sie enthält</numerusform>
            <numerusform>Die %n angezeigten Änderungen so zurücksetzen, wie der Snapshot sie enthält</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>ionos::CloneGroupDialog</name>
    <message>
        <source>Clone Group %1</source>
        <translation>Gruppe %1 klonen</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Name der neuen Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>Also make its %n member(s) members of the new group</source>
        <translation>
            <numerusform>Auch ihr %n Mitglied zum Mitglied der neuen Gruppe machen</numerusform>
            <numerusform>Auch ihre %n Mitglieder zu Mitgliedern der neuen Gruppe machen</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes of the clone</source>
        <translation>Änderungen des Klonens</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Klonen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message numerus="yes">
        <source>The new group grants the %n privilege(s) of %1</source>
        <translation>
            <numerusform>Die neue Gruppe gewährt die %n Berechtigung von %1</numerusform>
            <numerusform>Die neue Gruppe gewährt die %n Berechtigungen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and shares its %n resource(s) with the same rights.</source>
        <translation>
            <numerusform> und gibt ihre %n Ressource mit denselben Rechten frei.</numerusform>
            <numerusform> und gibt ihre %n Ressourcen mit denselben Rechten frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the group %1 from %2?</source>
        <translation>Gruppe %1 aus %2 machen?</translation>
    </message>
    <message>
        <source>Each write is in the Activity log with its outcome.</source>
        <translation>Jede Änderung steht mit ihrem Ergebnis im Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>You can undo the clone from the Activity log.</source>
        <translation>Sie können das Klonen im Aktivitätsprotokoll rückgängig machen.</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Clone group %1</source>
        <translation>Gruppe %1 klonen</translation>
    </message>
    <message>
        <source>The group %1 was made.</source>
        <translation>Die Gruppe %1 wurde angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) left, each with the reason in the list.</source>
        <translation>
            <numerusform>%n Änderung offen, mit dem Grund in der Liste.</numerusform>
            <numerusform>%n Änderungen offen, jede mit dem Grund in der Liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::CommandBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Actions of the screen</source>
        <translation>Aktionen der Ansicht</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Nothing to find on this screen</source>
        <translation>Auf diesem Bildschirm gibt es nichts zu suchen</translation>
    </message>
</context>
<context>
    <name>ionos::Confirmation</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Nobody&apos;s access changes.</source>
        <translation>Niemandes Zugriff ändert sich.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (Show Details…)</source>
        <translation>
            <numerusform>und %n weitere (Details einblenden…)</numerusform>
            <numerusform>und %n weitere (Details einblenden…)</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is still loading: this may miss some.</source>
        <translation>Das Konto lädt noch: Hier kann etwas fehlen.</translation>
    </message>
    <message>
        <source>Who gains or loses access:</source>
        <translation>Wer Zugriff erhält oder verliert:</translation>
    </message>
    <message>
        <source>Working out who gains or loses access…</source>
        <translation>Es wird ermittelt, wer Zugriff erhält oder verliert…</translation>
    </message>
</context>
<context>
    <name>ionos::ConnectionDialog</name>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Connection messages</source>
        <translation>Verbindungsmeldungen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Suche im Schlüsselbund…</translation>
    </message>
    <message>
        <source>The secret comes from the environment for this run.</source>
        <translation>Das Geheimnis stammt für diesen Start aus der Umgebung.</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain; leave the field empty to use it, or type a new one.</source>
        <translation>Im Schlüsselbund ist ein Geheimnis gespeichert; lassen Sie das Feld leer, um es zu verwenden, oder geben Sie ein neues ein.</translation>
    </message>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>You can still sign in for this session by typing the secret.</source>
        <translation>Sie können sich für diese Sitzung trotzdem anmelden, indem Sie das Geheimnis eingeben.</translation>
    </message>
    <message>
        <source>Set by %1 for this run</source>
        <translation>Für diesen Start durch %1 gesetzt</translation>
    </message>
    <message>
        <source>from IONOS_TOKEN</source>
        <translation>aus IONOS_TOKEN</translation>
    </message>
    <message>
        <source>from IONOS_PASSWORD</source>
        <translation>aus IONOS_PASSWORD</translation>
    </message>
    <message>
        <source>from IONOS_USERNAME</source>
        <translation>aus IONOS_USERNAME</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Enter the token.</source>
        <translation>Geben Sie das Token ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Forget Profile</source>
        <translation>Profil vergessen</translation>
    </message>
    <message>
        <source>Forget the profile &quot;%1&quot; and remove its stored secret from the keychain?</source>
        <translation>Das Profil „%1“ vergessen und sein gespeichertes Geheimnis aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was forgotten.</source>
        <translation>Das Profil „%1“ wurde vergessen.</translation>
    </message>
</context>
<context>
    <name>ionos::ConnectionMonitor</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb einer Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ConnectionNotices</name>
    <message numerus="yes">
        <source>Connection lost. %1 Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Verbindung verloren. %1 Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Verbindung verloren. %1 Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Signed in again. Save what failed once more to apply it.</source>
        <translation>Wieder angemeldet. Speichern Sie, was fehlgeschlagen ist, noch einmal, damit es gilt.</translation>
    </message>
    <message>
        <source>The connection is back; loading what was missing.</source>
        <translation>Die Verbindung ist wieder da; was fehlte, wird geladen.</translation>
    </message>
</context>
<context>
    <name>ionos::DeleteAdminDialog</name>
    <message>
        <source>Delete Admin</source>
        <translation>Admin löschen</translation>
    </message>
    <message>
        <source>Delete the admin &lt;b&gt;%1 %2&lt;/b&gt; (%3) of reseller contract &lt;b&gt;%4&lt;/b&gt;?&lt;br&gt;&lt;br&gt;The Reseller API calls this highly destructive: the admin loses access at once and cannot be restored. Type the admin&apos;s e-mail address to confirm.</source>
        <translation>Den Admin &lt;b&gt;%1 %2&lt;/b&gt; (%3) von Reseller-Vertrag &lt;b&gt;%4&lt;/b&gt; löschen?&lt;br&gt;&lt;br&gt;Die Reseller-API nennt das höchst destruktiv: Der Admin verliert sofort den Zugang und kann nicht wiederhergestellt werden. Geben Sie zur Bestätigung die E-Mail-Adresse des Admins ein.</translation>
    </message>
    <message>
        <source>Type the admin&apos;s e-mail address to confirm</source>
        <translation>Zur Bestätigung die E-Mail-Adresse des Admins eingeben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the admin for good; enabled once the e-mail address matches</source>
        <translation>Den Admin endgültig löschen; möglich, sobald die E-Mail-Adresse übereinstimmt</translation>
    </message>
    <message>
        <source>Keep the admin</source>
        <translation>Den Admin behalten</translation>
    </message>
    <message>
        <source>The admin&apos;s e-mail address, exactly as shown above</source>
        <translation>Die E-Mail-Adresse des Admins, genau wie oben angezeigt</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>ionos::DormantUsersDialog</name>
    <message>
        <source>Deactivate Inactive Users</source>
        <translation>Inaktive Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>These users have not signed in for a long time and still hold rights. Untick those who should stay active; the others are deactivated and can be activated again at any time.</source>
        <translation>Diese Benutzer haben sich lange nicht angemeldet und haben noch Rechte. Entfernen Sie das Häkchen bei denen, die aktiv bleiben sollen; die anderen werden deaktiviert und können jederzeit wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>Inactive users to deactivate</source>
        <translation>Zu deaktivierende inaktive Benutzer</translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation>nie angemeldet</translation>
    </message>
    <message>
        <source>%1 (%2), last sign-in: %3</source>
        <translation>%1 (%2), letzte Anmeldung: %3</translation>
    </message>
    <message>
        <source>Deactivations</source>
        <translation>Deaktivierungen</translation>
    </message>
    <message>
        <source>Deactivation progress</source>
        <translation>Fortschritt der Deaktivierung</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) to deactivate.</source>
        <translation>
            <numerusform>%1 von %n Benutzer wird deaktiviert.</numerusform>
            <numerusform>%1 von %n Benutzern werden deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n inactive user(s)?</source>
        <translation>
            <numerusform>%n inaktiven Benutzer deaktivieren?</numerusform>
            <numerusform>%n inaktive Benutzer deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>They cannot sign in and lose what they may do until they are activated again.</source>
        <translation>Sie können sich nicht anmelden und verlieren, was sie tun dürfen, bis sie wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>You can undo this from the Activity log.</source>
        <translation>Sie können dies im Aktivitätsprotokoll rückgängig machen.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n inactive user(s)</source>
        <translation>
            <numerusform>%n inaktiven Benutzer deaktivieren</numerusform>
            <numerusform>%n inaktive Benutzer deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer deaktiviert.</numerusform>
            <numerusform>%n Benutzer deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) not deactivated, each with the reason in the list.</source>
        <translation>
            <numerusform>%n Benutzer nicht deaktiviert, mit dem Grund in der Liste.</numerusform>
            <numerusform>%n Benutzer nicht deaktiviert, jeder mit dem Grund in der Liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::EffectiveAccessModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Privilege or Resource</source>
        <translation>Berechtigung oder Ressource</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>The resource is protected by 2-factor authentication and the user has not set it up: no right, whatever the path</source>
        <translation>Die Ressource ist durch 2-Faktor-Authentifizierung geschützt und der Benutzer hat sie nicht eingerichtet: kein Recht, über welchen Weg auch immer</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>share</source>
        <translation>teilen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Blocked: %1 is protected by 2-factor authentication, and this user has not set it up. No path gives a right until they do.</source>
        <translation>Gesperrt: %1 ist durch 2-Faktor-Authentifizierung geschützt, und dieser Benutzer hat sie nicht eingerichtet. Bis dahin gibt kein Weg ein Recht.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The privilege&apos;s key or the resource&apos;s id, as the API names them</source>
        <translation>Der Schlüssel der Berechtigung oder die ID der Ressource, wie die API sie nennt</translation>
    </message>
</context>
<context>
    <name>ionos::EffectiveAccessPane</name>
    <message>
        <source>Effective access summary</source>
        <translation>Zusammenfassung der tatsächlichen Rechte</translation>
    </message>
    <message>
        <source>Filter privileges and resources</source>
        <translation>Berechtigungen und Ressourcen filtern</translation>
    </message>
    <message>
        <source>Filter the effective access</source>
        <translation>Die tatsächlichen Rechte filtern</translation>
    </message>
    <message>
        <source>Effective access</source>
        <translation>Tatsächliche Rechte</translation>
    </message>
    <message>
        <source>Every privilege the user holds and every resource they reach, with the groups or other paths it comes through</source>
        <translation>Jede Berechtigung des Benutzers und jede Ressource, die er erreicht, mit den Gruppen oder anderen Wegen, über die sie kommen</translation>
    </message>
    <message>
        <source>How effective access is worked out:
• An administrator holds all 25 privileges and reaches every resource with edit and share.
• Otherwise a user holds a privilege when at least one of their groups grants it.
• A user reaches a resource through each group of theirs that shares it (read; edit and share as that share says), and as its owner (edit and share).
• A resource protected by 2-factor authentication is blocked for a user without active 2-factor authentication, whatever the path.</source>
        <translation>So werden die tatsächlichen Rechte ermittelt:
• Ein Administrator hat alle 25 Berechtigungen und erreicht jede Ressource mit Bearbeiten und Teilen.
• Sonst hat ein Benutzer eine Berechtigung, wenn mindestens eine seiner Gruppen sie gewährt.
• Ein Benutzer erreicht eine Ressource über jede seiner Gruppen, die sie teilt (Lesen; Bearbeiten und Teilen, wie die Freigabe es sagt), und als ihr Eigentümer (Bearbeiten und Teilen).
• Eine durch 2-Faktor-Authentifizierung geschützte Ressource ist für Benutzer ohne aktive 2-Faktor-Authentifizierung gesperrt, über welchen Weg auch immer.</translation>
    </message>
    <message>
        <source>Select a user to see what they may do, and why.</source>
        <translation>Wählen Sie einen Benutzer, um zu sehen, was er darf und warum.</translation>
    </message>
    <message>
        <source>%1 holds %2 and reaches %3.</source>
        <translation>%1 hat %2 und erreicht %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n privilege(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are blocked: they are protected by 2-factor authentication, which this user has not set up.</source>
        <translation>
            <numerusform>Eine davon ist gesperrt: Sie ist durch 2-Faktor-Authentifizierung geschützt, die dieser Benutzer nicht eingerichtet hat.</numerusform>
            <numerusform>%n davon sind gesperrt: Sie sind durch 2-Faktor-Authentifizierung geschützt, die dieser Benutzer nicht eingerichtet hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still loading: paths through groups whose members and shares are not in yet are missing.</source>
        <translation>Lädt noch: Wege über Gruppen, deren Mitglieder und Freigaben noch nicht da sind, fehlen.</translation>
    </message>
</context>
<context>
    <name>ionos::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>User Id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Group Id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Resource Id</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Key Id</source>
        <translation>Schlüssel-ID</translation>
    </message>
</context>
<context>
    <name>ionos::FindingsView</name>
    <message>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Inactive after </source>
        <translation>Inaktiv nach </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days without sign-in after which a user counts as inactive</source>
        <translation>Tage ohne Anmeldung, nach denen ein Benutzer als inaktiv gilt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>What is risky in the account now, most severe first, with the rule, what it is about and why</source>
        <translation>Was im Konto jetzt riskant ist, das Schwerste zuerst, mit Regel, Gegenstand und Grund</translation>
    </message>
    <message>
        <source>Hide the selected findings until the next sign-in</source>
        <translation>Die gewählten Befunde bis zur nächsten Anmeldung ausblenden</translation>
    </message>
    <message>
        <source>Nothing risky found.</source>
        <translation>Nichts Riskantes gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed for this session.</source>
        <translation>
            <numerusform>%n für diese Sitzung ausgeblendet.</numerusform>
            <numerusform>%n für diese Sitzung ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still loading: the findings are not complete yet.</source>
        <translation>Lädt noch: Die Befunde sind noch nicht vollständig.</translation>
    </message>
    <message>
        <source>This finding has no fix the console can make; it needs a person&apos;s judgement.</source>
        <translation>Für diesen Befund gibt es keine Behebung durch die Konsole; er braucht eine menschliche Einschätzung.</translation>
    </message>
    <message>
        <source>Fix the selected finding, after a confirmation</source>
        <translation>Den gewählten Befund nach einer Bestätigung beheben</translation>
    </message>
    <message>
        <source>The fix could not be made.</source>
        <translation>Die Behebung war nicht möglich.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low, %4 info.</source>
        <translation>
            <numerusform>%n Befund: %1 hoch, %2 mittel, %3 niedrig, %4 Info.</numerusform>
            <numerusform>%n Befunde: %1 hoch, %2 mittel, %3 niedrig, %4 Info.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys old after </source>
        <translation>Schlüssel alt nach </translation>
    </message>
    <message>
        <source>Days after which an active Object Storage key counts as old</source>
        <translation>Tage, nach denen ein aktiver Object-Storage-Schlüssel als alt gilt</translation>
    </message>
    <message>
        <source>Severity of the findings shown</source>
        <translation>Schweregrad der gezeigten Befunde</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Shows the findings of one severity, or of all</source>
        <translation>Zeigt die Befunde eines Schweregrads oder aller</translation>
    </message>
    <message>
        <source>Deactivate All &amp;Inactive Users…</source>
        <translation>Alle &amp;inaktiven Benutzer deaktivieren…</translation>
    </message>
    <message>
        <source>Deactivate every user who has not signed in for the days set and still holds rights, with exceptions you untick</source>
        <translation>Jeden Benutzer deaktivieren, der sich in den eingestellten Tagen nicht angemeldet hat und noch Rechte hat, mit Ausnahmen, die Sie abwählen</translation>
    </message>
</context>
<context>
    <name>ionos::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>How to sign in and find your way around the console</source>
        <translation>Wie Sie sich anmelden und sich in der Konsole zurechtfinden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;h3&gt;1. Sign in&lt;/h3&gt;&lt;p&gt;Choose &lt;b&gt;File &amp;gt; Connect…&lt;/b&gt;, give the profile a name and keep the IONOS addresses that are filled in. Then enter a &lt;b&gt;token&lt;/b&gt; or a &lt;b&gt;username and password&lt;/b&gt; and press &lt;b&gt;Test Connection&lt;/b&gt; or &lt;b&gt;Sign In&lt;/b&gt;. The secret is kept in the system keychain, never in a file.&lt;/p&gt;&lt;h3&gt;2. Accounts with 2-factor authentication&lt;/h3&gt;&lt;p&gt;IONOS refuses a username and password for an account with 2-factor authentication. Sign in to the IONOS web console, open the &lt;b&gt;Token Manager&lt;/b&gt;, create a token and paste it into the &lt;b&gt;Token&lt;/b&gt; field of the connection dialog. A token expires: when the console says the credentials were refused, create a new one.&lt;/p&gt;&lt;h3&gt;3. Who may manage users&lt;/h3&gt;&lt;p&gt;Only the contract owner and administrators may manage users and groups. Signed in as someone else, the console says so instead of showing empty tables.&lt;/p&gt;&lt;h3&gt;4. Find your way&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;toolbar&lt;/b&gt; under the menus and the &lt;b&gt;Edit&lt;/b&gt; menu hold the actions of the screen shown: &lt;b&gt;New&lt;/b&gt;, &lt;b&gt;Edit&lt;/b&gt; and &lt;b&gt;Delete&lt;/b&gt; for its selection, &lt;b&gt;Refresh&lt;/b&gt;, and the screen&apos;s own, such as &lt;b&gt;Add Members…&lt;/b&gt; and &lt;b&gt;Stop Sharing&lt;/b&gt; on the Groups screen or &lt;b&gt;Apply Changes&lt;/b&gt; on the Privilege Matrix. The same actions are in each table&apos;s right-click menu and on its keys (Ctrl+N, F2 or Enter, Del).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: the account at a glance after sign-in, with what changed since your last session; a severity of findings opens them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users&lt;/b&gt;: create, edit and delete users; Ctrl+F filters. The &lt;b&gt;Access&lt;/b&gt; tab shows what a user may do and through which group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Groups&lt;/b&gt;: privileges, members and shares of each group; drop users on a group to add them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Privilege Matrix&lt;/b&gt;: every group against every privilege; Space toggles a cell, Apply sends the changes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Resources&lt;/b&gt;: the resources by type, who owns each and who can reach it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ownership&lt;/b&gt;: which user owns which resource.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Findings&lt;/b&gt;: what needs a look, such as administrators without 2-factor authentication or inactive users who still hold rights; &lt;b&gt;Fix…&lt;/b&gt; repairs one, &lt;b&gt;Dismiss&lt;/b&gt; sets it aside.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Access Review&lt;/b&gt;: go through the members and shares of chosen groups, keep or remove each, apply the decisions at once and export the evidence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Changes&lt;/b&gt;: compare the account with a snapshot saved with &lt;b&gt;File &amp;gt; Save Snapshot…&lt;/b&gt; and put back what changed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reseller Contracts&lt;/b&gt;: the admins of the contracts the profile manages.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Privilege Reference&lt;/b&gt;: what each of the 25 privileges allows and who holds it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The &lt;b&gt;Activity&lt;/b&gt; log under the screens lists this session&apos;s changes: a failed one can be tried again, a change of many items undone.&lt;/p&gt;&lt;p&gt;Every table exports as CSV or JSON from its context menu or &lt;b&gt;File &amp;gt; Export&lt;/b&gt;. F5 reloads.&lt;/p&gt;&lt;h3&gt;5. Try it without an account&lt;/h3&gt;&lt;p&gt;Start &lt;code&gt;ionos-admin --demo&lt;/code&gt;: the console works against a local sandbox with sample data, and nothing leaves the machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Erste Schritte&lt;/h2&gt;&lt;h3&gt;1. Anmelden&lt;/h3&gt;&lt;p&gt;Wählen Sie &lt;b&gt;Datei &amp;gt; Verbinden…&lt;/b&gt;, geben Sie dem Profil einen Namen und behalten Sie die eingetragenen IONOS-Adressen. Geben Sie dann ein &lt;b&gt;Token&lt;/b&gt; oder &lt;b&gt;Benutzername und Passwort&lt;/b&gt; ein und drücken Sie &lt;b&gt;Verbindung testen&lt;/b&gt; oder &lt;b&gt;Anmelden&lt;/b&gt;. Das Geheimnis wird im System-Schlüsselbund aufbewahrt, nie in einer Datei.&lt;/p&gt;&lt;h3&gt;2. Konten mit 2-Faktor-Authentifizierung&lt;/h3&gt;&lt;p&gt;IONOS lehnt Benutzername und Passwort für ein Konto mit 2-Faktor-Authentifizierung ab. Melden Sie sich in der IONOS-Webkonsole an, öffnen Sie den &lt;b&gt;Token Manager&lt;/b&gt;, erstellen Sie ein Token und fügen Sie es im Verbindungsdialog in das Feld &lt;b&gt;Token&lt;/b&gt; ein. Ein Token läuft ab: Wenn die Konsole meldet, dass die Anmeldedaten abgelehnt wurden, erstellen Sie ein neues.&lt;/p&gt;&lt;h3&gt;3. Wer Benutzer verwalten darf&lt;/h3&gt;&lt;p&gt;Nur der Vertragsinhaber und Administratoren dürfen Benutzer und Gruppen verwalten. Wer anders angemeldet ist, erhält von der Konsole einen Hinweis statt leerer Tabellen.&lt;/p&gt;&lt;h3&gt;4. Zurechtfinden&lt;/h3&gt;&lt;p&gt;Die &lt;b&gt;Werkzeugleiste&lt;/b&gt; unter den Menüs und das Menü &lt;b&gt;Bearbeiten&lt;/b&gt; enthalten die Aktionen der gezeigten Ansicht: &lt;b&gt;Neu&lt;/b&gt;, &lt;b&gt;Bearbeiten&lt;/b&gt; und &lt;b&gt;Löschen&lt;/b&gt; für ihre Auswahl, &lt;b&gt;Aktualisieren&lt;/b&gt; und ihre eigenen, etwa &lt;b&gt;Mitglieder hinzufügen…&lt;/b&gt; und &lt;b&gt;Freigabe beenden&lt;/b&gt; in der Ansicht Gruppen oder &lt;b&gt;Änderungen übernehmen&lt;/b&gt; in der Berechtigungsmatrix. Dieselben Aktionen stehen im Kontextmenü jeder Tabelle und auf ihren Tasten (Strg+N, F2 oder Eingabetaste, Entf).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Übersicht&lt;/b&gt;: das Konto auf einen Blick nach der Anmeldung, mit dem, was sich seit Ihrer letzten Sitzung geändert hat; ein Schweregrad öffnet seine Befunde.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Benutzer&lt;/b&gt;: Benutzer anlegen, bearbeiten und löschen; Strg+F filtert. Der Reiter &lt;b&gt;Rechte&lt;/b&gt; zeigt, was ein Benutzer darf und über welche Gruppe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gruppen&lt;/b&gt;: Berechtigungen, Mitglieder und Freigaben jeder Gruppe; ziehen Sie Benutzer auf eine Gruppe, um sie hinzuzufügen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Berechtigungsmatrix&lt;/b&gt;: jede Gruppe gegen jede Berechtigung; die Leertaste schaltet eine Zelle um, Übernehmen sendet die Änderungen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ressourcen&lt;/b&gt;: die Ressourcen nach Typ, wem jede gehört und wer sie erreicht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eigentümer&lt;/b&gt;: welchem Benutzer welche Ressource gehört.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Befunde&lt;/b&gt;: was einen Blick verdient, etwa Administratoren ohne 2-Faktor-Authentifizierung oder inaktive Benutzer mit Rechten; &lt;b&gt;Beheben…&lt;/b&gt; behebt einen, &lt;b&gt;Ausblenden&lt;/b&gt; legt ihn beiseite.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zugriffsprüfung&lt;/b&gt;: die Mitglieder und Freigaben ausgewählter Gruppen durchgehen, jede behalten oder entfernen, die Entscheidungen auf einmal übernehmen und den Nachweis exportieren.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Änderungen&lt;/b&gt;: das Konto mit einer über &lt;b&gt;Datei &amp;gt; Momentaufnahme speichern…&lt;/b&gt; gesicherten Momentaufnahme vergleichen und Geändertes zurückholen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reseller-Verträge&lt;/b&gt;: die Admins der Verträge, die das Profil verwaltet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Berechtigungsübersicht&lt;/b&gt;: was jede der 25 Berechtigungen erlaubt und wer sie hat.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Das &lt;b&gt;Aktivitätsprotokoll&lt;/b&gt; unter den Ansichten listet die Änderungen dieser Sitzung: Eine fehlgeschlagene lässt sich wiederholen, eine Änderung vieler Einträge rückgängig machen.&lt;/p&gt;&lt;p&gt;Jede Tabelle lässt sich über ihr Kontextmenü oder &lt;b&gt;Datei &amp;gt; Exportieren&lt;/b&gt; als CSV oder JSON exportieren. F5 lädt neu.&lt;/p&gt;&lt;h3&gt;5. Ohne Konto ausprobieren&lt;/h3&gt;&lt;p&gt;Starten Sie &lt;code&gt;ionos-admin --demo&lt;/code&gt;: Die Konsole arbeitet mit einer lokalen Sandbox mit Beispieldaten, und nichts verlässt den Rechner.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ionos::GroupDialog</name>
    <message>
        <source>Edit Group</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Grant every privilege of %1</source>
        <translation>Jede Berechtigung aus %1 gewähren</translation>
    </message>
    <message>
        <source>Grant no privilege of %1</source>
        <translation>Keine Berechtigung aus %1 gewähren</translation>
    </message>
    <message>
        <source>Members get every privilege granted here. Administrators need none: they can do everything.</source>
        <translation>Mitglieder erhalten jede hier gewährte Berechtigung. Administratoren brauchen keine: Sie dürfen alles.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Geben Sie einen Namen für die Gruppe ein.</translation>
    </message>
    <message>
        <source>The name may have at most 255 characters.</source>
        <translation>Der Name darf höchstens 255 Zeichen haben.</translation>
    </message>
    <message>
        <source>Saving… the change is applied when the server reports it done.</source>
        <translation>Speichern… die Änderung gilt, sobald der Server sie als erledigt meldet.</translation>
    </message>
    <message>
        <source>A name for the group, at most 255 characters</source>
        <translation>Ein Name für die Gruppe, höchstens 255 Zeichen</translation>
    </message>
    <message>
        <source>Check every privilege of %1</source>
        <translation>Jede Berechtigung aus %1 ankreuzen</translation>
    </message>
    <message>
        <source>Clear every privilege of %1</source>
        <translation>Jede Berechtigung aus %1 abwählen</translation>
    </message>
    <message>
        <source>Send the group to the server; the dialog closes when it is done</source>
        <translation>Die Gruppe an den Server senden; der Dialog schließt sich, wenn es erledigt ist</translation>
    </message>
    <message>
        <source>Close without changing the group</source>
        <translation>Schließen, ohne die Gruppe zu ändern</translation>
    </message>
    <message>
        <source>Save Group</source>
        <translation>Gruppe speichern</translation>
    </message>
    <message numerus="yes">
        <source>Change %n privilege(s) of the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>%n Berechtigung der Gruppe „%1“ ändern?</numerusform>
            <numerusform>%n Berechtigungen der Gruppe „%1“ ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member gets or loses them with the group.</source>
        <translation>Jedes Mitglied erhält oder verliert sie mit der Gruppe.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Working out what changes for the members…</source>
        <translation>Es wird ermittelt, was sich für die Mitglieder ändert…</translation>
    </message>
    <message>
        <source>You can set them back at any time.</source>
        <translation>Sie können sie jederzeit zurücksetzen.</translation>
    </message>
    <message>
        <source>New Group from %1</source>
        <translation>Neue Gruppe aus %1</translation>
    </message>
</context>
<context>
    <name>ionos::GroupsController</name>
    <message>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Gruppe ändern</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>Gruppen löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the privilege matrix</source>
        <translation>Berechtigungsmatrix anwenden</translation>
    </message>
</context>
<context>
    <name>ionos::GroupsModel</name>
    <message>
        <source>A change to this group is in progress…</source>
        <translation>Eine Änderung an dieser Gruppe läuft…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No privileges</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>lädt…</translation>
    </message>
</context>
<context>
    <name>ionos::GroupsView</name>
    <message>
        <source>Filter groups (Ctrl+F)</source>
        <translation>Gruppen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>Gruppe &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>Loading member and share counts: %1 of %2</source>
        <translation>Mitglieder und Freigaben werden gezählt: %1 von %2</translation>
    </message>
    <message>
        <source>This group grants no privileges.</source>
        <translation>Diese Gruppe gewährt keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Delete Groups</source>
        <translation>Gruppen löschen</translation>
    </message>
    <message>
        <source>The groups with their member, share and privilege counts; Enter edits, Delete deletes</source>
        <translation>Die Gruppen mit der Zahl ihrer Mitglieder, Freigaben und Berechtigungen; Eingabetaste bearbeitet, Entf löscht</translation>
    </message>
    <message>
        <source>The privileges the group grants its members</source>
        <translation>Die Berechtigungen, die die Gruppe ihren Mitgliedern gewährt</translation>
    </message>
    <message>
        <source>The users in the group</source>
        <translation>Die Benutzer in der Gruppe</translation>
    </message>
    <message>
        <source>The resources the group shares, with their rights</source>
        <translation>Die Ressourcen, die die Gruppe freigibt, mit ihren Rechten</translation>
    </message>
    <message>
        <source>Privileges the group grants</source>
        <translation>Berechtigungen, die die Gruppe gewährt</translation>
    </message>
    <message>
        <source>The privileges granted to every member</source>
        <translation>Die Berechtigungen, die jedes Mitglied erhält</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>The resources the group&apos;s members reach, as the API lists them under the group</source>
        <translation>Die Ressourcen, die die Mitglieder der Gruppe erreichen, wie die API sie unter der Gruppe aufführt</translation>
    </message>
    <message>
        <source>Resources of the group</source>
        <translation>Ressourcen der Gruppe</translation>
    </message>
    <message>
        <source>The resources the group&apos;s members reach through it, with their type</source>
        <translation>Die Ressourcen, die die Mitglieder über die Gruppe erreichen, mit ihrem Typ</translation>
    </message>
    <message>
        <source>Select a group to see its resources.</source>
        <translation>Wählen Sie eine Gruppe, um ihre Ressourcen zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Its members reach no resource through it.</source>
        <translation>Ihre Mitglieder erreichen über sie keine Ressource.</translation>
    </message>
    <message>
        <source>The groups could not be loaded.</source>
        <translation>Die Gruppen konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)?</source>
        <translation>
            <numerusform>Diese Gruppe löschen?</numerusform>
            <numerusform>%n Gruppen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their members lose the privileges they grant and the resources they share; the users themselves stay.</source>
        <translation>Ihre Mitglieder verlieren die Berechtigungen, die sie gewähren, und die Ressourcen, die sie freigeben; die Benutzer selbst bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its privileges.</source>
        <translation>Wählen Sie eine Gruppe, um ihre Berechtigungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n group(s).</source>
        <translation>
            <numerusform>Die Gruppe ist gelöscht.</numerusform>
            <numerusform>%n Gruppen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 of %2 groups. Not deleted:
%3</source>
        <translation>%1 von %2 Gruppen gelöscht. Nicht gelöscht:
%3</translation>
    </message>
    <message>
        <source>You can undo this from the Activity log: they are created again, with new ids, with their privileges, members and shares.</source>
        <translation>Sie können dies im Aktivitätsprotokoll rückgängig machen: Sie werden mit neuen IDs, mit ihren Berechtigungen, Mitgliedern und Freigaben neu angelegt.</translation>
    </message>
    <message>
        <source>&amp;Clone Group…</source>
        <translation>Gruppe &amp;klonen…</translation>
    </message>
    <message>
        <source>Make a new group with the selected group&apos;s privileges and shares, and its members if you wish</source>
        <translation>Eine neue Gruppe mit den Berechtigungen und Freigaben der gewählten Gruppe anlegen, auf Wunsch mit ihren Mitgliedern</translation>
    </message>
    <message>
        <source>Save as Role &amp;Template…</source>
        <translation>Als Rollen&amp;vorlage speichern…</translation>
    </message>
    <message>
        <source>Keep the selected group&apos;s privileges under a name, to make groups from</source>
        <translation>Die Berechtigungen der gewählten Gruppe unter einem Namen aufbewahren, um Gruppen daraus zu machen</translation>
    </message>
    <message>
        <source>Save as Role Template</source>
        <translation>Als Rollenvorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template (one of the same name is replaced):</source>
        <translation>Name der Vorlage (eine gleichnamige wird ersetzt):</translation>
    </message>
    <message>
        <source>&amp;Role Templates…</source>
        <translation>&amp;Rollenvorlagen…</translation>
    </message>
    <message>
        <source>Make groups from role templates; export and import them</source>
        <translation>Gruppen aus Rollenvorlagen machen; Vorlagen exportieren und importieren</translation>
    </message>
    <message>
        <source>The privileges of %1 are kept as the role template %2.</source>
        <translation>Die Berechtigungen von %1 sind als Rollenvorlage %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ionos::ImportDialog</name>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Rows that change something</source>
        <translation>Zeilen, die etwas ändern</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Rows that failed</source>
        <translation>Fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Creates and updates users and their group memberships from a spreadsheet saved as CSV: a header row, then a row per user with the columns email, firstname, lastname, administrator, forceSecAuth, active (true or false), groups (names separated by ;) and password, in any order. An empty cell changes nothing. Nothing is sent before you confirm.</source>
        <translation>Legt Benutzer und ihre Gruppenmitgliedschaften aus einer als CSV gespeicherten Tabelle an oder ändert sie: eine Kopfzeile, dann eine Zeile je Benutzer mit den Spalten email, firstname, lastname, administrator, forceSecAuth, active (true oder false), groups (Namen durch ; getrennt) und password in beliebiger Reihenfolge. Eine leere Zelle ändert nichts. Nichts wird gesendet, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Save &amp;Template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Saves a CSV file with every column and two example rows, to fill in a spreadsheet</source>
        <translation>Speichert eine CSV-Datei mit allen Spalten und zwei Beispielzeilen zum Ausfüllen in einer Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Groups are &amp;exact: users also leave the groups their row does not list</source>
        <translation>Gruppen sind &amp;genau: Benutzer verlassen auch die Gruppen, die ihre Zeile nicht nennt</translation>
    </message>
    <message>
        <source>A row with an empty groups cell leaves the user&apos;s groups as they are</source>
        <translation>Eine Zeile mit leerer Zelle groups lässt die Gruppen des Benutzers, wie sie sind</translation>
    </message>
    <message>
        <source>&amp;Generate passwords for new users whose row gives none (shown once at the end)</source>
        <translation>Passwörter für neue Benutzer ohne Passwort in ihrer Zeile &amp;erzeugen (am Ende einmal angezeigt)</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>What each row of the file does, and what became of it once it ran</source>
        <translation>Was jede Zeile der Datei bewirkt und was daraus wurde, nachdem sie lief</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Writes not sent yet are dropped; those on their way end. What is done stays done; run the file again for the rest.</source>
        <translation>Noch nicht gesendete Änderungen entfallen; unterwegs befindliche enden. Was erledigt ist, bleibt erledigt; importieren Sie die Datei erneut für den Rest.</translation>
    </message>
    <message>
        <source>%1 of %2 writes</source>
        <translation>%1 von %2 Änderungen</translation>
    </message>
    <message>
        <source>Import Users From</source>
        <translation>Benutzer importieren aus</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation>Importvorlage speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved to %1: %2</source>
        <translation>Die Vorlage konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Vorlage in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Working out what the file changes in the account as loaded…</source>
        <translation>Ermittle, was die Datei im geladenen Konto ändert…</translation>
    </message>
    <message>
        <source>The account could not be read to plan the import.</source>
        <translation>Das Konto konnte für die Planung des Imports nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Nobody&apos;s effective access changes.</source>
        <translation>Niemandes effektiver Zugriff ändert sich.</translation>
    </message>
    <message>
        <source>Create %1 and update %2 from %3?</source>
        <translation>%1 anlegen und %2 ändern aus %3?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) are left out. Each write is in the Activity log with its outcome.</source>
        <translation>
            <numerusform>%n abgelehnte Zeile bleibt außen vor. Jede Änderung steht mit ihrem Ergebnis im Aktivitätsprotokoll.</numerusform>
            <numerusform>%n abgelehnte Zeilen bleiben außen vor. Jede Änderung steht mit ihrem Ergebnis im Aktivitätsprotokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each write is in the Activity log with its outcome.</source>
        <translation>Jede Änderung steht mit ihrem Ergebnis im Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>You can undo the import from the Activity log.</source>
        <translation>Sie können den Import im Aktivitätsprotokoll rückgängig machen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import users from %1</source>
        <translation>Benutzer aus %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n row(s) done.</source>
        <translation>
            <numerusform>Importiert: %n Zeile erledigt.</numerusform>
            <numerusform>Importiert: %n Zeilen erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;Again…</source>
        <translation>&amp;Erneut ausführen…</translation>
    </message>
    <message>
        <source>Works out what the file still changes and imports that</source>
        <translation>Ermittelt, was die Datei noch ändert, und importiert das</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) done; </source>
        <translation>
            <numerusform>%n Zeile erledigt; </numerusform>
            <numerusform>%n Zeilen erledigt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left, each with the reason in the list. Run Again does what is still missing.</source>
        <translation>
            <numerusform>%n offen, mit dem Grund in der Liste. Erneut ausführen erledigt, was noch fehlt.</numerusform>
            <numerusform>%n offen, jede mit dem Grund in der Liste. Erneut ausführen erledigt, was noch fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>What changes in effective access:</source>
        <translation>Was sich am effektiven Zugriff ändert:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more, each listed when you press Import.</source>
        <translation>
            <numerusform>und %n weitere, alle aufgeführt, wenn Sie Importieren drücken.</numerusform>
            <numerusform>und %n weitere, alle aufgeführt, wenn Sie Importieren drücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out what changes in effective access…</source>
        <translation>Ermittle, was sich am effektiven Zugriff ändert…</translation>
    </message>
</context>
<context>
    <name>ionos::ImportReportModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>The data row of the file, counted from 1</source>
        <translation>Die Datenzeile der Datei, ab 1 gezählt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>The server&apos;s ids of the changes</source>
        <translation>Die IDs der Änderungen beim Server</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done: new id %1</source>
        <translation>Erledigt: neue ID %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>ionos::KeysReportModel</name>
    <message>
        <source>User Id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Age in Days</source>
        <translation>Alter in Tagen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ionos::ListScreen</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ionos::LoadStatus</name>
    <message>
        <source>Loading group details: %1 of %2</source>
        <translation>Gruppendetails werden geladen: %1 von %2</translation>
    </message>
    <message>
        <source>Members and shares of every group, loaded after the lists you look at. Until they are in, counts and &quot;who can reach it&quot; say loading.</source>
        <translation>Mitglieder und Freigaben jeder Gruppe, geladen nach den Listen, die Sie ansehen. Bis sie da sind, zeigen Anzahlen und „Wer sie erreicht“ „lädt“.</translation>
    </message>
    <message numerus="yes">
        <source>Working: %n request(s)</source>
        <translation>
            <numerusform>In Arbeit: %n Anfrage</numerusform>
            <numerusform>In Arbeit: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent and not answered yet, %2 waiting to be sent</source>
        <translation>%1 gesendet und noch nicht beantwortet, %2 warten auf das Senden</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Verbleibende Anfragen in dieser Minute: %1 von %2</translation>
    </message>
    <message>
        <source>The server allows %1 requests a minute, %2 at once; the console slows down before it runs out.</source>
        <translation>Der Server erlaubt %1 Anfragen pro Minute, %2 gleichzeitig; die Konsole wird langsamer, bevor sie aufgebraucht sind.</translation>
    </message>
    <message>
        <source>Loading Object Storage keys: %1 of %2</source>
        <translation>Object-Storage-Schlüssel werden geladen: %1 von %2</translation>
    </message>
    <message>
        <source>The Object Storage keys of every user, loaded last. Until they are in, the key findings and reports wait for them.</source>
        <translation>Die Object-Storage-Schlüssel aller Benutzer, zuletzt geladen. Bis sie da sind, warten die Befunde und Berichte zu Schlüsseln auf sie.</translation>
    </message>
</context>
<context>
    <name>ionos::MainWindow</name>
    <message>
        <source>IONOS Cloud Admin Console</source>
        <translation>IONOS Cloud Verwaltungskonsole</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>&amp;Export All Rows…</source>
        <translation>Alle Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Shown Rows…</source>
        <translation>&amp;Angezeigte Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Privilege Reference</source>
        <translation>&amp;Berechtigungsübersicht</translation>
    </message>
    <message>
        <source>&amp;About IONOS Cloud Admin Console</source>
        <translation>&amp;Über die IONOS Cloud Verwaltungskonsole</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>This screen has no table to export.</source>
        <translation>Diese Ansicht hat keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: Cloud API %2, Reseller API %3</source>
        <translation>Profil „%1“: Cloud-API %2, Reseller-API %3</translation>
    </message>
    <message>
        <source>%1 · contract %2 · connected</source>
        <translation>%1 · Vertrag %2 · verbunden</translation>
    </message>
    <message>
        <source>%1 · connected</source>
        <translation>%1 · verbunden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Save &amp;Snapshot…</source>
        <translation>&amp;Momentaufnahme speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the account&apos;s users, groups, members, shares, resources and reseller admins to a file, to compare or restore later</source>
        <translation>Benutzer, Gruppen, Mitglieder, Freigaben, Ressourcen und Reseller-Administratoren des Kontos in eine Datei speichern, um später zu vergleichen oder wiederherzustellen</translation>
    </message>
    <message>
        <source>Signed in with a token valid until %1.</source>
        <translation>Angemeldet mit einem Token, das bis %1 gilt.</translation>
    </message>
    <message numerus="yes">
        <source>The token of this profile expires on %1, in %n day(s). Create a new one in the IONOS Token Manager and sign in with it before then.</source>
        <translation>
            <numerusform>Das Token dieses Profils läuft am %1 ab, in %n Tag. Erstellen Sie vorher im IONOS Token Manager ein neues und melden Sie sich damit an.</numerusform>
            <numerusform>Das Token dieses Profils läuft am %1 ab, in %n Tagen. Erstellen Sie vorher im IONOS Token Manager ein neues und melden Sie sich damit an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show What Changed Since the &amp;Last Session</source>
        <translation>Änderungen seit der &amp;letzten Sitzung zeigen</translation>
    </message>
    <message>
        <source>Keep the account as each session leaves it (the last five, in your data folder, readable by you alone, without secrets) and show on the Overview what changed since</source>
        <translation>Das Konto so aufbewahren, wie jede Sitzung es verlässt (die letzten fünf, in Ihrem Datenordner, nur für Sie lesbar, ohne Geheimnisse), und in der Übersicht zeigen, was sich seitdem geändert hat</translation>
    </message>
    <message>
        <source>Save Posture &amp;Report…</source>
        <translation>Sicherheits&amp;bericht speichern …</translation>
    </message>
    <message>
        <source>Save a PDF for auditors: the account at a glance, the administrators and their 2-factor authentication, the findings and what changed since your last session</source>
        <translation>Ein PDF für Prüfer speichern: das Konto auf einen Blick, die Administratoren und ihre 2-Faktor-Authentifizierung, die Befunde und was sich seit Ihrer letzten Sitzung geändert hat</translation>
    </message>
    <message>
        <source>&amp;Import Users…</source>
        <translation>Benutzer &amp;importieren…</translation>
    </message>
    <message>
        <source>Create and update users and their groups from a spreadsheet saved as CSV, with a preview of every row first</source>
        <translation>Benutzer und ihre Gruppen aus einer als CSV gespeicherten Tabelle anlegen und ändern, mit einer Vorschau jeder Zeile vorab</translation>
    </message>
</context>
<context>
    <name>ionos::MatrixView</name>
    <message>
        <source>Privileges of every group</source>
        <translation>Berechtigungen jeder Gruppe</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Applying the changes of %n group(s)…</source>
        <translation>
            <numerusform>Die Änderungen von %n Gruppe werden übernommen…</numerusform>
            <numerusform>Die Änderungen von %n Gruppen werden übernommen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n group(s).</source>
        <translation>
            <numerusform>Für %n Gruppe übernommen.</numerusform>
            <numerusform>Für %n Gruppen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied to %1 of %2 groups. Not applied (still marked, Apply tries again):
%3</source>
        <translation>Für %1 von %2 Gruppen übernommen. Nicht übernommen (weiter markiert, Übernehmen versucht es erneut):
%3</translation>
    </message>
    <message>
        <source>Every group against every privilege; Space toggles the current cell</source>
        <translation>Jede Gruppe gegen jede Berechtigung; die Leertaste schaltet die aktuelle Zelle um</translation>
    </message>
    <message>
        <source>Send the marked changes, one update per changed group</source>
        <translation>Die markierten Änderungen senden, eine Aktualisierung je geänderter Gruppe</translation>
    </message>
    <message>
        <source>Drop the marked changes</source>
        <translation>Die markierten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <source>Shows the groups whose names contain this</source>
        <translation>Zeigt die Gruppen, deren Name dies enthält</translation>
    </message>
    <message>
        <source>Filter privileges</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Shows the privileges whose names contain this</source>
        <translation>Zeigt die Berechtigungen, deren Name dies enthält</translation>
    </message>
    <message>
        <source>Pencil on yellow: changed, not applied. Clock on violet: being applied. Check on green: applied. Exclamation mark on red: failed (hover for the server&apos;s words).</source>
        <translation>Stift auf Gelb: geändert, nicht übernommen. Uhr auf Violett: wird übernommen. Haken auf Grün: übernommen. Ausrufezeichen auf Rot: fehlgeschlagen (mit der Maus zeigen für die Meldung des Servers).</translation>
    </message>
    <message>
        <source>Apply Privilege Changes</source>
        <translation>Berechtigungsänderungen anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Apply the marked changes to %n group(s)?</source>
        <translation>
            <numerusform>Die markierten Änderungen auf %n Gruppe anwenden?</numerusform>
            <numerusform>Die markierten Änderungen auf %n Gruppen anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each group is updated on its own.</source>
        <translation>Jede Gruppe wird einzeln aktualisiert.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>You can undo this from the Activity log.</source>
        <translation>Sie können dies im Aktivitätsprotokoll rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ionos::MemberPicker</name>
    <message>
        <source>Add Members</source>
        <translation>Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>Search by name or e-mail</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Users to add</source>
        <translation>Hinzuzufügende Benutzer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Select one or more users (Ctrl or Shift + click).</source>
        <translation>Wählen Sie einen oder mehrere Benutzer (Strg- oder Umschalt-Klick).</translation>
    </message>
    <message>
        <source>The users not yet in the group; select several with Ctrl or Shift</source>
        <translation>Die Benutzer, die noch nicht in der Gruppe sind; mehrere wählen mit Strg oder Umschalt</translation>
    </message>
    <message>
        <source>Shows only the users whose name or e-mail address contains this</source>
        <translation>Zeigt nur die Benutzer, deren Name oder E-Mail-Adresse dies enthält</translation>
    </message>
    <message>
        <source>Add the selected users to the group</source>
        <translation>Die gewählten Benutzer der Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Close without adding anyone</source>
        <translation>Schließen, ohne jemanden hinzuzufügen</translation>
    </message>
    <message>
        <source>Select at least one user to add, or Cancel.</source>
        <translation>Wählen Sie mindestens einen Benutzer zum Hinzufügen aus, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n Benutzer ausgewählt</numerusform>
            <numerusform>%n Benutzer ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::MembersPanel</name>
    <message>
        <source>&amp;Add Members…</source>
        <translation>Mitglieder &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Mitglieder der Gruppe</translation>
    </message>
    <message>
        <source>&amp;Remove from Group</source>
        <translation>Aus Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n member(s)…</source>
        <translation>
            <numerusform>%n Mitglied wird hinzugefügt…</numerusform>
            <numerusform>%n Mitglieder werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n member(s)…</source>
        <translation>
            <numerusform>%n Mitglied wird entfernt…</numerusform>
            <numerusform>%n Mitglieder werden entfernt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) done.</source>
        <translation>
            <numerusform>Die Änderung ist erledigt.</numerusform>
            <numerusform>Alle %n Änderungen sind erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done. Not done:
%3</source>
        <translation>%1 von %2 erledigt. Nicht erledigt:
%3</translation>
    </message>
    <message>
        <source>The users in the selected group; Delete removes them</source>
        <translation>Die Benutzer in der gewählten Gruppe; Entf entfernt sie</translation>
    </message>
    <message>
        <source>Choose users to add to the group</source>
        <translation>Benutzer wählen, die der Gruppe hinzugefügt werden</translation>
    </message>
    <message>
        <source>Remove the selected users from the group</source>
        <translation>Die gewählten Benutzer aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>Stop the changes not yet sent</source>
        <translation>Die noch nicht gesendeten Änderungen anhalten</translation>
    </message>
    <message>
        <source>The members could not be loaded.</source>
        <translation>Die Mitglieder konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Remove Members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>Dieses Mitglied aus der Gruppe „%1“ entfernen?</numerusform>
            <numerusform>%n Mitglieder aus der Gruppe „%1“ entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They lose the group&apos;s privileges and the resources it shares.</source>
        <translation>Sie verlieren die Berechtigungen der Gruppe und die Ressourcen, die sie freigibt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Members</source>
        <translation>Mitglieder hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>%n Mitglied zur Gruppe „%1“ hinzufügen?</numerusform>
            <numerusform>%n Mitglieder zur Gruppe „%1“ hinzufügen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They get the group&apos;s privileges and the resources it shares.</source>
        <translation>Sie erhalten die Berechtigungen der Gruppe und die Ressourcen, die sie freigibt.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>You can undo this from the Activity log, or remove them again.</source>
        <translation>Sie können dies im Aktivitätsprotokoll rückgängig machen oder sie wieder entfernen.</translation>
    </message>
    <message>
        <source>You can undo this from the Activity log, or add them again.</source>
        <translation>Sie können dies im Aktivitätsprotokoll rückgängig machen oder sie wieder hinzufügen.</translation>
    </message>
</context>
<context>
    <name>ionos::MembershipController</name>
    <message>
        <source>Add to group %1</source>
        <translation>Zu Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from group %1</source>
        <translation>Aus Gruppe %1 entfernen</translation>
    </message>
    <message>
        <source>Cancelled after the server accepted it: it may still happen. Refresh to see.</source>
        <translation>Abgebrochen, nachdem der Server es angenommen hatte: Es kann noch geschehen. Aktualisieren Sie, um es zu sehen.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing was changed.</source>
        <translation>Abgebrochen, bevor es gesendet wurde: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 Whether it happened could not be read: %2</source>
        <translation>%1 Ob es geschehen ist, ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>Mitglieder zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove members from %1</source>
        <translation>Mitglieder aus %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::MessageBanner</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>ionos::NavigationTree</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>The screens of the console; arrow keys move between them, Right opens a group or contract</source>
        <translation>Die Ansichten der Konsole; die Pfeiltasten wechseln zwischen ihnen, Rechts öffnet eine Gruppe oder einen Vertrag</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Privilege Matrix</source>
        <translation>Berechtigungsmatrix</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Reseller Contracts</source>
        <translation>Reseller-Verträge</translation>
    </message>
    <message>
        <source>Privilege Reference</source>
        <translation>Berechtigungsübersicht</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Access Review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Differs in the comparison on the Changes screen</source>
        <translation>Unterscheidet sich im Vergleich auf der Seite „Änderungen“</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>ionos::NewKeyDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>New Object Storage Key</source>
        <translation>Neuer Object-Storage-Schlüssel</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>A new Object Storage key of &lt;b&gt;%1&lt;/b&gt; was generated.</source>
        <translation>Für &lt;b&gt;%1&lt;/b&gt; wurde ein neuer Object-Storage-Schlüssel erzeugt.</translation>
    </message>
    <message>
        <source>Copy the secret key now and keep it somewhere safe. It is shown only this once: the console does not keep it, and IONOS cannot show it again.</source>
        <translation>Kopieren Sie den geheimen Schlüssel jetzt und bewahren Sie ihn sicher auf. Er wird nur dieses eine Mal angezeigt: Die Konsole speichert ihn nicht, und IONOS kann ihn nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <source>The key was generated, but the answer with its secret was lost on the way, and the secret cannot be shown again. Deactivate or delete this key, and generate another one.</source>
        <translation>Der Schlüssel wurde erzeugt, aber die Antwort mit seinem Geheimnis ging unterwegs verloren, und das Geheimnis lässt sich nicht noch einmal anzeigen. Deaktivieren oder löschen Sie diesen Schlüssel und erzeugen Sie einen neuen.</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>geheimen Schlüssel</translation>
    </message>
    <message>
        <source>I Have Copied It</source>
        <translation>Ich habe ihn kopiert</translation>
    </message>
    <message>
        <source>Close: the secret key is not shown again</source>
        <translation>Schließen: Der geheime Schlüssel wird nicht noch einmal angezeigt</translation>
    </message>
    <message>
        <source>Object Storage tools ask for both: the access key says who you are, the secret key proves it.</source>
        <translation>Object-Storage-Programme fragen nach beiden: Der Zugriffsschlüssel sagt, wer Sie sind, der geheime Schlüssel beweist es.</translation>
    </message>
    <message>
        <source>The key&apos;s id, which Object Storage tools ask for with the secret</source>
        <translation>Die Kennung des Schlüssels, nach der Object-Storage-Programme zusammen mit dem Geheimnis fragen</translation>
    </message>
    <message>
        <source>The key&apos;s secret: shown only now, copy it before closing</source>
        <translation>Das Geheimnis des Schlüssels: nur jetzt angezeigt, kopieren Sie es vor dem Schließen</translation>
    </message>
</context>
<context>
    <name>ionos::NewPasswordsDialog</name>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alle &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Passwords of the New Users</source>
        <translation>Passwörter der neuen Benutzer</translation>
    </message>
    <message>
        <source>The console made these passwords. They are shown this once and kept nowhere: copy them or save them to a file before you close this window, and hand each to its user over a safe channel.</source>
        <translation>Die Konsole hat diese Passwörter erzeugt. Sie werden nur dieses eine Mal gezeigt und nirgends aufbewahrt: Kopieren Sie sie oder speichern Sie sie in einer Datei, bevor Sie dieses Fenster schließen, und geben Sie jedes über einen sicheren Weg an seinen Benutzer.</translation>
    </message>
    <message>
        <source>New users&apos; passwords</source>
        <translation>Passwörter der neuen Benutzer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Copies a line per user, the e-mail and the password separated by a tab, as a spreadsheet pastes it</source>
        <translation>Kopiert eine Zeile je Benutzer, E-Mail und Passwort durch einen Tabulator getrennt, wie eine Tabellenkalkulation sie einfügt</translation>
    </message>
    <message>
        <source>Writes them to a new file that only you can read</source>
        <translation>Schreibt sie in eine neue Datei, die nur Sie lesen können</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) copied.</source>
        <translation>
            <numerusform>%n Passwort kopiert.</numerusform>
            <numerusform>%n Passwörter kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Passwords</source>
        <translation>Passwörter speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you alone.</source>
        <translation>In %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
</context>
<context>
    <name>ionos::Notice</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shows or hides what the server and the network said</source>
        <translation>Zeigt oder verbirgt, was Server und Netzwerk gemeldet haben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes this message (Esc)</source>
        <translation>Schließt diese Meldung (Esc)</translation>
    </message>
</context>
<context>
    <name>ionos::ObjectStorageKeysController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key %1 of %2</source>
        <translation>Schlüssel %1 von %2</translation>
    </message>
    <message>
        <source>Generate Object Storage key</source>
        <translation>Object-Storage-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Activate Object Storage key</source>
        <translation>Object-Storage-Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>Deactivate Object Storage key</source>
        <translation>Object-Storage-Schlüssel deaktivieren</translation>
    </message>
    <message>
        <source>Delete Object Storage key</source>
        <translation>Object-Storage-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Activate Object Storage keys</source>
        <translation>Object-Storage-Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>Deactivate Object Storage keys</source>
        <translation>Object-Storage-Schlüssel deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of %1</source>
        <translation>
            <numerusform>%n Schlüssel von %1</numerusform>
            <numerusform>%n Schlüssel von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Object Storage keys</source>
        <translation>Object-Storage-Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ObjectStorageKeysModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The access key: its start and its end. The whole key is in each row&apos;s tool tip.</source>
        <translation>Der Zugriffsschlüssel: sein Anfang und sein Ende. Der ganze Schlüssel steht im Tooltip jeder Zeile.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Whether the key opens the user&apos;s buckets</source>
        <translation>Ob der Schlüssel die Buckets des Benutzers öffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>A change to this key is in progress…</source>
        <translation>Eine Änderung an diesem Schlüssel läuft …</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The key opens the user&apos;s buckets.</source>
        <translation>Der Schlüssel öffnet die Buckets des Benutzers.</translation>
    </message>
    <message>
        <source>The key is turned off: it opens nothing until it is activated.</source>
        <translation>Der Schlüssel ist ausgeschaltet: Er öffnet nichts, bis er aktiviert wird.</translation>
    </message>
</context>
<context>
    <name>ionos::ObjectStorageKeysPane</name>
    <message>
        <source>&amp;Generate Key</source>
        <translation>Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ak&amp;tivieren</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>De&amp;aktivieren</translation>
    </message>
    <message>
        <source>Delete Ke&amp;y</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>Open Object &amp;Storage</source>
        <translation>Object Storage ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Object Storage keys of the user</source>
        <translation>Object-Storage-Schlüssel des Benutzers</translation>
    </message>
    <message>
        <source>The user&apos;s Object Storage keys: the access key, when it was created, its age and whether it is active</source>
        <translation>Die Object-Storage-Schlüssel des Benutzers: der Zugriffsschlüssel, wann er erstellt wurde, sein Alter und ob er aktiv ist</translation>
    </message>
    <message>
        <source>Generate a new key for the user; its secret is shown once</source>
        <translation>Einen neuen Schlüssel für den Benutzer erzeugen; sein Geheimnis wird einmal angezeigt</translation>
    </message>
    <message>
        <source>Turn the selected keys on: they open the user&apos;s buckets again</source>
        <translation>Die ausgewählten Schlüssel einschalten: Sie öffnen die Buckets des Benutzers wieder</translation>
    </message>
    <message>
        <source>Turn the selected keys off: they open nothing until activated</source>
        <translation>Die ausgewählten Schlüssel ausschalten: Sie öffnen nichts, bis sie aktiviert werden</translation>
    </message>
    <message>
        <source>Delete the selected keys for good</source>
        <translation>Die ausgewählten Schlüssel endgültig löschen</translation>
    </message>
    <message>
        <source>Sign in to the Object Storage console as this user, in the browser</source>
        <translation>Im Browser als dieser Benutzer bei der Object-Storage-Konsole anmelden</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>The keys could not be loaded.</source>
        <translation>Die Schlüssel konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Select a user to see their Object Storage keys.</source>
        <translation>Wählen Sie einen Benutzer, um seine Object-Storage-Schlüssel zu sehen.</translation>
    </message>
    <message>
        <source>Loading the keys…</source>
        <translation>Die Schlüssel werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 von %n Schlüssel</numerusform>
            <numerusform>%1 von %n Schlüsseln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user has %n keys, the most there can be: delete one to generate another.</source>
        <translation>
            <numerusform>Der Benutzer hat %n Schlüssel, mehr geht nicht: Löschen Sie ihn, um einen neuen zu erzeugen.</numerusform>
            <numerusform>Der Benutzer hat %n Schlüssel, mehr geht nicht: Löschen Sie einen, um einen neuen zu erzeugen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was not generated.</source>
        <translation>Der Schlüssel wurde nicht erzeugt.</translation>
    </message>
    <message>
        <source>Deactivate Object Storage Keys</source>
        <translation>Object-Storage-Schlüssel deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) of %1?</source>
        <translation>
            <numerusform>%n Schlüssel von %1 deaktivieren?</numerusform>
            <numerusform>%n Schlüssel von %1 deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the user&apos;s last active keys: the user loses access to their buckets until a key is activated again.</source>
        <translation>Das sind die letzten aktiven Schlüssel des Benutzers: Er verliert den Zugriff auf seine Buckets, bis wieder ein Schlüssel aktiviert wird.</translation>
    </message>
    <message>
        <source>Programs that use these keys lose access to the buckets.</source>
        <translation>Programme, die diese Schlüssel verwenden, verlieren den Zugriff auf die Buckets.</translation>
    </message>
    <message>
        <source>You can activate them again at any time.</source>
        <translation>Sie können sie jederzeit wieder aktivieren.</translation>
    </message>
    <message>
        <source>Delete Object Storage Keys</source>
        <translation>Object-Storage-Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s) of %1?</source>
        <translation>
            <numerusform>%n Schlüssel von %1 löschen?</numerusform>
            <numerusform>%n Schlüssel von %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>A deleted key cannot come back: programs that use it stop working, and a new key has a new secret.</source>
        <translation>Ein gelöschter Schlüssel kommt nicht zurück: Programme, die ihn verwenden, funktionieren nicht mehr, und ein neuer Schlüssel hat ein neues Geheimnis.</translation>
    </message>
    <message>
        <source>These are the user&apos;s last active keys: the user loses access to their buckets.</source>
        <translation>Das sind die letzten aktiven Schlüssel des Benutzers: Er verliert den Zugriff auf seine Buckets.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) done.</source>
        <translation>
            <numerusform>Die Änderung ist erledigt.</numerusform>
            <numerusform>Alle %n Änderungen sind erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done. Not done:
%3</source>
        <translation>%1 von %2 erledigt. Nicht erledigt:
%3</translation>
    </message>
    <message>
        <source>Object Storage could not be opened.</source>
        <translation>Object Storage konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>No web browser could be started to open Object Storage.</source>
        <translation>Es ließ sich kein Webbrowser starten, um Object Storage zu öffnen.</translation>
    </message>
</context>
<context>
    <name>ionos::OffboardDialog</name>
    <message>
        <source>Offboard Users</source>
        <translation>Benutzer offboarden</translation>
    </message>
    <message>
        <source>Resources they created</source>
        <translation>Von ihnen angelegte Ressourcen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Who else reaches it</source>
        <translation>Wer sie sonst erreicht</translation>
    </message>
    <message>
        <source>Without a keeper</source>
        <translation>Ohne Verantwortlichen</translation>
    </message>
    <message>
        <source>Nobody else but administrators may edit it once they are gone</source>
        <translation>Niemand außer Administratoren darf sie bearbeiten, wenn sie gegangen sind</translation>
    </message>
    <message>
        <source>Offboarding steps</source>
        <translation>Schritte des Offboardings</translation>
    </message>
    <message>
        <source>Each write offboarding makes, and what became of it once it ran</source>
        <translation>Jede Änderung des Offboardings und was daraus wurde, nachdem sie lief</translation>
    </message>
    <message>
        <source>Offboarding progress</source>
        <translation>Fortschritt des Offboardings</translation>
    </message>
    <message>
        <source>&amp;Offboard…</source>
        <translation>&amp;Offboarden…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Writes not sent yet are dropped; those on their way end.</source>
        <translation>Noch nicht gesendete Änderungen entfallen; unterwegs befindliche enden.</translation>
    </message>
    <message>
        <source>Working out what offboarding takes…</source>
        <translation>Ermittle, was das Offboarding umfasst…</translation>
    </message>
    <message numerus="yes">
        <source>Offboarding deactivates %n user(s), removes them from every group and deactivates their active Object Storage keys. What they created stays in the contract.</source>
        <translation>
            <numerusform>Das Offboarding deaktiviert %n Benutzer, entfernt ihn aus jeder Gruppe und deaktiviert seine aktiven Object-Storage-Schlüssel. Was er angelegt hat, bleibt im Vertrag.</numerusform>
            <numerusform>Das Offboarding deaktiviert %n Benutzer, entfernt sie aus jeder Gruppe und deaktiviert ihre aktiven Object-Storage-Schlüssel. Was sie angelegt haben, bleibt im Vertrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their Object Storage keys are still being read; the steps are made again once they are in.</source>
        <translation>Ihre Object-Storage-Schlüssel werden noch gelesen; die Schritte werden neu ermittelt, sobald sie da sind.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message numerus="yes">
        <source>and %n administrator(s)</source>
        <translation>
            <numerusform>und %n Administrator</numerusform>
            <numerusform>und %n Administratoren</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>They created no resource.</source>
        <translation>Sie haben keine Ressource angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>They created %n resource(s); </source>
        <translation>
            <numerusform>Sie haben %n Ressource angelegt; </numerusform>
            <numerusform>Sie haben %n Ressourcen angelegt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be left without a keeper: nobody but administrators may edit it.</source>
        <translation>
            <numerusform>%n bliebe ohne Verantwortlichen: Niemand außer Administratoren darf sie bearbeiten.</numerusform>
            <numerusform>%n blieben ohne Verantwortlichen: Niemand außer Administratoren darf sie bearbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: they are deactivated, in no group and have no active Object Storage key.</source>
        <translation>Nichts zu tun: Sie sind deaktiviert, in keiner Gruppe und haben keinen aktiven Object-Storage-Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %n user(s)?</source>
        <translation>
            <numerusform>%n Benutzer offboarden?</numerusform>
            <numerusform>%n Benutzer offboarden?</numerusform>
        </translation>
    </message>
    <message>
        <source>They cannot sign in, lose what their groups gave them and their programs lose bucket access. Each step is in the Activity log.</source>
        <translation>Sie können sich nicht anmelden, verlieren, was ihre Gruppen ihnen gaben, und ihre Programme verlieren den Zugriff auf Buckets. Jeder Schritt steht im Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>You can undo the offboarding from the Activity log.</source>
        <translation>Sie können das Offboarding im Aktivitätsprotokoll rückgängig machen.</translation>
    </message>
    <message>
        <source>Offboard</source>
        <translation>Offboarden</translation>
    </message>
    <message numerus="yes">
        <source>Offboard %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer offboarden</numerusform>
            <numerusform>%n Benutzer offboarden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarded: all %n step(s) done.</source>
        <translation>
            <numerusform>Offboarding erledigt: %n Schritt.</numerusform>
            <numerusform>Offboarding erledigt: alle %n Schritte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) left, each with the reason in the list; offboard them again for the rest.</source>
        <translation>
            <numerusform>%n Schritt offen, mit dem Grund in der Liste; offboarden Sie erneut für den Rest.</numerusform>
            <numerusform>%n Schritte offen, jeder mit dem Grund in der Liste; offboarden Sie erneut für den Rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Administrators only (%n)</source>
        <translation>
            <numerusform>Nur Administratoren (%n)</numerusform>
            <numerusform>Nur Administratoren (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::OverviewView</name>
    <message>
        <source>Account at a Glance</source>
        <translation>Das Konto auf einen Blick</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Show Users</source>
        <translation>Benutzer zeigen</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>2-Factor Authentication</source>
        <translation>2-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Show Groups</source>
        <translation>Gruppen zeigen</translation>
    </message>
    <message>
        <source>Save Snapshot…</source>
        <translation>Momentaufnahme speichern …</translation>
    </message>
    <message>
        <source>Resources by Type</source>
        <translation>Ressourcen nach Typ</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Stand %1.</translation>
    </message>
    <message>
        <source>Still loading: the figures are not complete yet.</source>
        <translation>Wird noch geladen: Die Zahlen sind noch nicht vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active administrator(s)</source>
        <translation>
            <numerusform>%n aktiver Administrator</numerusform>
            <numerusform>%n aktive Administratoren</numerusform>
        </translation>
    </message>
    <message>
        <source>No active user is an administrator.</source>
        <translation>Kein aktiver Benutzer ist Administrator.</translation>
    </message>
    <message>
        <source>Nothing risky found.</source>
        <translation>Nichts Riskantes gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); open a severity to see them.</source>
        <translation>
            <numerusform>%n Befund; öffnen Sie seinen Schweregrad, um ihn zu sehen.</numerusform>
            <numerusform>%n Befunde; öffnen Sie einen Schweregrad, um sie zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s); show them on the Findings screen</source>
        <translation>
            <numerusform>%1: %n Befund; in der Ansicht Befunde zeigen</numerusform>
            <numerusform>%1: %n Befunde; in der Ansicht Befunde zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every group has members.</source>
        <translation>Jede Gruppe hat Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>%n without members.</source>
        <translation>
            <numerusform>%n ohne Mitglieder.</numerusform>
            <numerusform>%n ohne Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No resources.</source>
        <translation>Keine Ressourcen.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of %1 type(s).</source>
        <translation>
            <numerusform>%n Ressource von %1 Typ.</numerusform>
            <numerusform>%n Ressourcen von %1 Typen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No snapshot of this account yet. A snapshot keeps who may do what, to compare and restore later.</source>
        <translation>Noch keine Momentaufnahme dieses Kontos. Eine Momentaufnahme hält fest, wer was darf, um später zu vergleichen und wiederherzustellen.</translation>
    </message>
    <message>
        <source>The last snapshot was taken today, %1.</source>
        <translation>Die letzte Momentaufnahme ist von heute, %1.</translation>
    </message>
    <message numerus="yes">
        <source>The last snapshot is %n day(s) old (%1).</source>
        <translation>
            <numerusform>Die letzte Momentaufnahme ist %n Tag alt (%1).</numerusform>
            <numerusform>Die letzte Momentaufnahme ist %n Tage alt (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Active users who may do everything in the account, whatever their groups.</source>
        <translation>Aktive Benutzer, die im Konto alles dürfen, gleich in welchen Gruppen sie sind.</translation>
    </message>
    <message>
        <source>Active users with 2-factor authentication set up: %1 of %2 (%3 %).</source>
        <translation>Aktive Benutzer mit eingerichteter 2-Faktor-Authentifizierung: %1 von %2 (%3 %).</translation>
    </message>
    <message>
        <source>Administrators with 2-factor authentication set up: %1 of %2 (%3 %).</source>
        <translation>Administratoren mit eingerichteter 2-Faktor-Authentifizierung: %1 von %2 (%3 %).</translation>
    </message>
    <message>
        <source>Last Snapshot</source>
        <translation>Letzte Momentaufnahme</translation>
    </message>
    <message>
        <source>Saves the account&apos;s users, groups, members, shares and resources to a file</source>
        <translation>Speichert Benutzer, Gruppen, Mitglieder, Freigaben und Ressourcen des Kontos in eine Datei</translation>
    </message>
    <message>
        <source>Opens the Findings screen showing the findings of this severity alone</source>
        <translation>Öffnet die Ansicht Befunde mit den Befunden nur dieses Schweregrads</translation>
    </message>
    <message>
        <source>Opens the %1 screen</source>
        <translation>Öffnet die Ansicht %1</translation>
    </message>
</context>
<context>
    <name>ionos::OwnershipModel</name>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ionos::OwnershipView</name>
    <message>
        <source>Filter by user or resource</source>
        <translation>Nach Benutzer oder Ressource filtern</translation>
    </message>
    <message>
        <source>Who owns which resource</source>
        <translation>Wem welche Ressource gehört</translation>
    </message>
    <message>
        <source>Each resource with the user who owns it</source>
        <translation>Jede Ressource mit dem Benutzer, dem sie gehört</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::PostureSaver</name>
    <message>
        <source>Save Posture Report</source>
        <translation>Sicherheitsbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The posture report is written to %1 as soon as the account is loaded.</source>
        <translation>Der Sicherheitsbericht wird nach %1 geschrieben, sobald das Konto geladen ist.</translation>
    </message>
    <message>
        <source>Posture report saved to %1.</source>
        <translation>Sicherheitsbericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The posture report could not be saved to %1: %2</source>
        <translation>Der Sicherheitsbericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ionos::PrivilegeHoldersModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ionos::PrivilegeMatrixModel</name>
    <message>
        <source>Changed, not applied yet.</source>
        <translation>Geändert, noch nicht übernommen.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>nicht gewährt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>How many users the group has</source>
        <translation>Wie viele Benutzer die Gruppe hat</translation>
    </message>
</context>
<context>
    <name>ionos::PrivilegeReferenceModel</name>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was sie erlaubt</translation>
    </message>
    <message>
        <source>%1
API key: %2</source>
        <translation>%1
API-Schlüssel: %2</translation>
    </message>
</context>
<context>
    <name>ionos::PrivilegeReferenceView</name>
    <message>
        <source>Filter privileges</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Group privileges</source>
        <translation>Gruppenberechtigungen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Who holds the privilege</source>
        <translation>Wer die Berechtigung hat</translation>
    </message>
    <message>
        <source>The users who hold the selected privilege, and the groups it comes through</source>
        <translation>Die Benutzer, die die gewählte Berechtigung haben, und die Gruppen, über die sie kommt</translation>
    </message>
    <message>
        <source>Select a privilege to see who holds it.</source>
        <translation>Wählen Sie eine Berechtigung, um zu sehen, wer sie hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is held by %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer hat „%1“.</numerusform>
            <numerusform>%n Benutzer haben „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still loading: holders through groups whose members are not in yet are missing.</source>
        <translation>Lädt noch: Wer sie über Gruppen hat, deren Mitglieder noch nicht da sind, fehlt.</translation>
    </message>
    <message>
        <source>The 25 privileges a group can grant, with their area and meaning</source>
        <translation>Die 25 Berechtigungen, die eine Gruppe gewähren kann, mit ihrem Bereich und ihrer Bedeutung</translation>
    </message>
</context>
<context>
    <name>ionos::ReachModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Administrator (reaches everything)</source>
        <translation>Administrator (erreicht alles)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Weitergeben</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>The resource is protected by 2-factor authentication and the user has not set it up: the path gives no access</source>
        <translation>Die Ressource ist durch 2-Faktor-Authentifizierung geschützt, und der Benutzer hat sie nicht eingerichtet: Der Weg gibt keinen Zugriff</translation>
    </message>
    <message>
        <source>Owner (created it)</source>
        <translation>Eigentümer (hat sie erstellt)</translation>
    </message>
    <message>
        <source>Blocked: %1 is protected by 2-factor authentication, and this user has not set it up, so this path gives no access.</source>
        <translation>Gesperrt: %1 ist durch 2-Faktor-Authentifizierung geschützt, und dieser Benutzer hat sie nicht eingerichtet, daher gibt dieser Weg keinen Zugriff.</translation>
    </message>
</context>
<context>
    <name>ionos::ReauthDialog</name>
    <message>
        <source>&amp;Keep it in the system keychain</source>
        <translation>Im System-&amp;Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>The server no longer accepts the credentials of &quot;%1&quot;: %2&lt;br&gt;&lt;br&gt;Sign in again to go on. Nothing you were editing is lost; save it again afterwards.</source>
        <translation>Der Server akzeptiert die Anmeldedaten von „%1“ nicht mehr: %2&lt;br&gt;&lt;br&gt;Melden Sie sich erneut an, um weiterzuarbeiten. Nichts, was Sie bearbeitet haben, geht verloren; speichern Sie es danach noch einmal.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>A new token from the IONOS Token Manager</source>
        <translation>Ein neues Token aus dem IONOS Token Manager</translation>
    </message>
    <message>
        <source>The password of %1</source>
        <translation>Das Passwort von %1</translation>
    </message>
    <message>
        <source>Replace the stored secret of this profile with this one</source>
        <translation>Das gespeicherte Geheimnis dieses Profils durch dieses ersetzen</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Neues &amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Check the new secret and go on with it</source>
        <translation>Das neue Geheimnis prüfen und damit weiterarbeiten</translation>
    </message>
    <message>
        <source>Go on without signing in; changes fail until you do</source>
        <translation>Ohne Anmeldung weiterarbeiten; Änderungen schlagen fehl, bis Sie sich anmelden</translation>
    </message>
    <message>
        <source>Enter the new secret.</source>
        <translation>Geben Sie das neue Geheimnis ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>ionos::ResellerView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Reseller contracts</source>
        <translation>Reseller-Verträge</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Vertragsnummer</translation>
    </message>
    <message>
        <source>Contract number to add</source>
        <translation>Hinzuzufügende Vertragsnummer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Filter admins</source>
        <translation>Admins filtern</translation>
    </message>
    <message>
        <source>Admins of the contract</source>
        <translation>Admins des Vertrags</translation>
    </message>
    <message>
        <source>&amp;New Admin…</source>
        <translation>&amp;Neuer Admin…</translation>
    </message>
    <message>
        <source>&amp;Edit Admin…</source>
        <translation>Admin &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Reseller contracts:</source>
        <translation>Reseller-Verträge:</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Enter a contract number: a positive whole number.</source>
        <translation>Geben Sie eine Vertragsnummer ein: eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>The reseller contracts this profile manages</source>
        <translation>Die Reseller-Verträge, die dieses Profil verwaltet</translation>
    </message>
    <message>
        <source>Manage the contract with this number in this profile</source>
        <translation>Den Vertrag mit dieser Nummer in diesem Profil verwalten</translation>
    </message>
    <message>
        <source>Stop managing the selected contract in this profile</source>
        <translation>Den gewählten Vertrag in diesem Profil nicht mehr verwalten</translation>
    </message>
    <message>
        <source>The number of a reseller contract, for example 2</source>
        <translation>Die Nummer eines Reseller-Vertrags, zum Beispiel 2</translation>
    </message>
    <message>
        <source>Load the admins of the contract again</source>
        <translation>Die Admins des Vertrags neu laden</translation>
    </message>
    <message>
        <source>The admins of the selected contract; Enter edits, Delete deletes</source>
        <translation>Die Admins des gewählten Vertrags; Eingabetaste bearbeitet, Entf löscht</translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n Admin</numerusform>
            <numerusform>%n Admins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ResourcePicker</name>
    <message>
        <source>&amp;Edit: members may change and delete them</source>
        <translation>&amp;Bearbeiten: Mitglieder dürfen sie ändern und löschen</translation>
    </message>
    <message>
        <source>&amp;Share: members may pass them on to their other groups</source>
        <translation>&amp;Weitergeben: Mitglieder dürfen sie an ihre anderen Gruppen freigeben</translation>
    </message>
    <message>
        <source>Share Resources</source>
        <translation>Ressourcen freigeben</translation>
    </message>
    <message>
        <source>Search by name or type</source>
        <translation>Nach Name oder Typ suchen</translation>
    </message>
    <message>
        <source>Read: members may see and use them</source>
        <translation>Lesen: Mitglieder dürfen sie sehen und nutzen</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Ressourcen suchen</translation>
    </message>
    <message>
        <source>Shows only the resources whose name or type contains this</source>
        <translation>Zeigt nur die Ressourcen, deren Name oder Typ dies enthält</translation>
    </message>
    <message>
        <source>Resources to share</source>
        <translation>Freizugebende Ressourcen</translation>
    </message>
    <message>
        <source>The resources the group does not share yet; select several with Ctrl or Shift</source>
        <translation>Die Ressourcen, die die Gruppe noch nicht freigibt; mehrere wählen mit Strg oder Umschalt</translation>
    </message>
    <message>
        <source>Members may also change and delete the shared resources</source>
        <translation>Mitglieder dürfen die freigegebenen Ressourcen auch ändern und löschen</translation>
    </message>
    <message>
        <source>Members may share the resources with other groups they belong to</source>
        <translation>Mitglieder dürfen die Ressourcen für andere Gruppen freigeben, denen sie angehören</translation>
    </message>
    <message>
        <source>Share the selected resources with the group, one after another</source>
        <translation>Die gewählten Ressourcen nacheinander für die Gruppe freigeben</translation>
    </message>
    <message>
        <source>Close without sharing anything</source>
        <translation>Schließen, ohne etwas freizugeben</translation>
    </message>
</context>
<context>
    <name>ionos::ResourcesModel</name>
    <message>
        <source>Contract owner</source>
        <translation>Vertragsinhaber</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>2FA Protected</source>
        <translation>2FA-geschützt</translation>
    </message>
</context>
<context>
    <name>ionos::ResourcesView</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation>Ressourcen filtern</translation>
    </message>
    <message>
        <source>Resources by type</source>
        <translation>Ressourcen nach Typ</translation>
    </message>
    <message>
        <source>Who can reach the selected resource</source>
        <translation>Wer die gewählte Ressource erreicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Who can reach it:</source>
        <translation>Wer sie erreicht:</translation>
    </message>
    <message>
        <source>Select a resource to see who owns it and who can reach it.</source>
        <translation>Wählen Sie eine Ressource, um zu sehen, wem sie gehört und wer sie erreicht.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>share</source>
        <translation>weitergeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>keine Gruppe</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The resources of the contract by type, with owner, state and creation date</source>
        <translation>Die Ressourcen des Vertrags nach Typ, mit Eigentümer, Zustand und Erstellungsdatum</translation>
    </message>
    <message>
        <source>Every user who can reach the selected resource, through which group and with which rights</source>
        <translation>Jeder Benutzer, der die gewählte Ressource erreicht, über welche Gruppe und mit welchen Rechten</translation>
    </message>
    <message>
        <source>The resources could not be loaded.</source>
        <translation>Die Ressourcen konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Who can reach it: loading the groups&apos; members and shares…</source>
        <translation>Wer sie erreicht: Mitglieder und Freigaben der Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>lädt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Owner: %4&lt;br&gt;Protected by 2-factor authentication: %5&lt;br&gt;Shared with: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Eigentümer: %4&lt;br&gt;Durch 2-Faktor-Authentifizierung geschützt: %5&lt;br&gt;Freigegeben für: %6</translation>
    </message>
    <message>
        <source>yes, only users who have set it up see it</source>
        <translation>ja, nur Benutzer, die sie eingerichtet haben, sehen sie</translation>
    </message>
</context>
<context>
    <name>ionos::RestoreDialog</name>
    <message>
        <source>Restore From Snapshot</source>
        <translation>Aus Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>Also &amp;delete the users and groups that are not in the snapshot</source>
        <translation>Auch die Benutzer und Gruppen &amp;löschen, die nicht im Snapshot sind</translation>
    </message>
    <message>
        <source>Without this, what was created since the snapshot stays.</source>
        <translation>Ohne dies bleibt, was seit dem Snapshot angelegt wurde.</translation>
    </message>
    <message>
        <source>New passwords for the users created again</source>
        <translation>Neue Passwörter für die neu angelegten Benutzer</translation>
    </message>
    <message>
        <source>Restore steps</source>
        <translation>Schritte der Wiederherstellung</translation>
    </message>
    <message>
        <source>Each write the restore makes, and what became of it once it ran</source>
        <translation>Jede Änderung, die die Wiederherstellung vornimmt, und ihr Ergebnis nach dem Lauf</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Writes not sent yet are dropped; those on their way end.</source>
        <translation>Noch nicht gesendete Änderungen entfallen; bereits gesendete laufen zu Ende.</translation>
    </message>
    <message>
        <source>Working out what to restore from the account as loaded…</source>
        <translation>Ermittle aus dem geladenen Konto, was wiederherzustellen ist…</translation>
    </message>
    <message>
        <source>The account could not be read to restore.</source>
        <translation>Das Konto konnte für die Wiederherstellung nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be restored; the list says why.</source>
        <translation>
            <numerusform>Ein Eintrag kann nicht wiederhergestellt werden; die Liste sagt, warum.</numerusform>
            <numerusform>%n Einträge können nicht wiederhergestellt werden; die Liste sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave empty to leave this user out</source>
        <translation>Leer lassen, um diesen Benutzer auszulassen</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <source>Each write is in the Activity log with its outcome.</source>
        <translation>Jede Änderung steht mit ihrem Ergebnis im Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restored: all %n item(s) are as the snapshot has them.</source>
        <translation>
            <numerusform>Wiederhergestellt: Der Eintrag entspricht dem Snapshot.</numerusform>
            <numerusform>Wiederhergestellt: Alle %n Einträge entsprechen dem Snapshot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 restored; %n item(s) left, each with the reason in the list. Run Again does what is still missing.</source>
        <translation>
            <numerusform>%1 von %2 wiederhergestellt; ein Eintrag blieb übrig, mit dem Grund in der Liste. Erneut ausführen erledigt, was noch fehlt.</numerusform>
            <numerusform>%1 von %2 wiederhergestellt; %n Einträge blieben übrig, jeder mit dem Grund in der Liste. Erneut ausführen erledigt, was noch fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;Again…</source>
        <translation>&amp;Erneut ausführen…</translation>
    </message>
    <message>
        <source>Works out what is still missing and restores it</source>
        <translation>Ermittelt, was noch fehlt, und stellt es wieder her</translation>
    </message>
    <message>
        <source>Nothing to restore: the chosen changes are already as they were.</source>
        <translation>Nichts wiederherzustellen: Die gewählten Änderungen sind bereits wie vorher.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) put the chosen changes back as they were, each through the console&apos;s usual path and in the Activity log.</source>
        <translation>
            <numerusform>Eine Änderung setzt die gewählten Änderungen zurück, wie sie waren, auf dem üblichen Weg der Konsole und im Aktivitätsprotokoll.</numerusform>
            <numerusform>%n Änderungen setzen die gewählten Änderungen zurück, wie sie waren, jede auf dem üblichen Weg der Konsole und im Aktivitätsprotokoll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n item(s) back as they were?</source>
        <translation>
            <numerusform>Einen Eintrag zurücksetzen, wie er war?</numerusform>
            <numerusform>%n Einträge zurücksetzen, wie sie waren?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Rückgängig…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>You can undo the restore from the Activity log.</source>
        <translation>Sie können die Wiederherstellung im Aktivitätsprotokoll rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ionos::RestoreReportModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The server&apos;s id of the change</source>
        <translation>Die Kennung der Änderung beim Server</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored: new id %1</source>
        <translation>Wiederhergestellt: neue ID %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed</source>
        <translation>Abgebrochen: Nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>ionos::RestoreRunner</name>
    <message>
        <source>%1: new id %2</source>
        <translation>%1: neue ID %2</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (Anfrage %2)</translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing was changed.</source>
        <translation>Vor dem Senden abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Für %1 wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The group %1 could not be created again.</source>
        <translation>Die Gruppe %1 konnte nicht neu angelegt werden.</translation>
    </message>
    <message>
        <source>The user could not be created again.</source>
        <translation>Der Benutzer konnte nicht neu angelegt werden.</translation>
    </message>
    <message>
        <source>Restore from a snapshot</source>
        <translation>Aus einem Snapshot wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::RingChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ionos::RoleTemplatesDialog</name>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Role Templates</source>
        <translation>Rollenvorlagen</translation>
    </message>
    <message>
        <source>Privilege sets to make groups from. Save a group&apos;s privileges as a template on the Groups screen; export them to hand them on, import those of a colleague.</source>
        <translation>Berechtigungssätze, aus denen Gruppen entstehen. Speichern Sie die Berechtigungen einer Gruppe in der Gruppenansicht als Vorlage; exportieren Sie sie zur Weitergabe, importieren Sie die einer Kollegin.</translation>
    </message>
    <message>
        <source>Role templates</source>
        <translation>Rollenvorlagen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Export Role Templates</source>
        <translation>Rollenvorlagen exportieren</translation>
    </message>
    <message>
        <source>Role templates (*.json)</source>
        <translation>Rollenvorlagen (*.json)</translation>
    </message>
    <message>
        <source>Import Role Templates</source>
        <translation>Rollenvorlagen importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n privilege(s))</source>
        <translation>
            <numerusform>%1 (%n Berechtigung)</numerusform>
            <numerusform>%1 (%n Berechtigungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The template %1 is deleted.</source>
        <translation>Die Vorlage %1 ist gelöscht.</translation>
    </message>
    <message>
        <source>The templates could not be written to %1: %2</source>
        <translation>Die Vorlagen konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) written to %1.</source>
        <translation>
            <numerusform>%n Vorlage in %1 geschrieben.</numerusform>
            <numerusform>%n Vorlagen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n Vorlage importiert.</numerusform>
            <numerusform>%n Vorlagen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::RowCount</name>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>ionos::SessionController</name>
    <message>
        <source>The secret came from the environment and was not saved.</source>
        <translation>Das Geheimnis stammte aus der Umgebung und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The secret was not saved: you are signed in for this session only.</source>
        <translation>Das Geheimnis wurde nicht gespeichert: Sie sind nur für diese Sitzung angemeldet.</translation>
    </message>
    <message>
        <source>Signed in for this session only; the secret was not saved. %1</source>
        <translation>Nur für diese Sitzung angemeldet; das Geheimnis wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Signed out; the stored secret was removed.</source>
        <translation>Abgemeldet; das gespeicherte Geheimnis wurde entfernt.</translation>
    </message>
    <message>
        <source>Signed out, but the stored secret could not be removed. %1</source>
        <translation>Abgemeldet, aber das gespeicherte Geheimnis konnte nicht entfernt werden. %1</translation>
    </message>
</context>
<context>
    <name>ionos::SharesController</name>
    <message>
        <source>Change share</source>
        <translation>Freigabe ändern</translation>
    </message>
    <message>
        <source>Share with group</source>
        <translation>Für Gruppe freigeben</translation>
    </message>
    <message>
        <source>Stop sharing with group</source>
        <translation>Freigabe für Gruppe beenden</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, Gruppe %2</translation>
    </message>
    <message>
        <source>Share resources with %1</source>
        <translation>Ressourcen für %1 freigeben</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing resources with %1</source>
        <translation>Freigabe von Ressourcen für %1 beenden</translation>
    </message>
</context>
<context>
    <name>ionos::SharesModel</name>
    <message>
        <source>A change to this share is in progress…</source>
        <translation>Eine Änderung an dieser Freigabe läuft…</translation>
    </message>
    <message>
        <source>Members can see and use it: that is what a share is.</source>
        <translation>Mitglieder können sie sehen und nutzen: Das ist eine Freigabe.</translation>
    </message>
    <message>
        <source>Members may also change and delete it.</source>
        <translation>Mitglieder dürfen sie auch ändern und löschen.</translation>
    </message>
    <message>
        <source>Members may pass it on to other groups they belong to.</source>
        <translation>Mitglieder dürfen sie an andere Gruppen weitergeben, denen sie angehören.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Weitergeben</translation>
    </message>
</context>
<context>
    <name>ionos::SharesPanel</name>
    <message>
        <source>&amp;Share Resources…</source>
        <translation>Ressourcen &amp;freigeben…</translation>
    </message>
    <message>
        <source>Stop &amp;Sharing</source>
        <translation>Freigabe &amp;beenden</translation>
    </message>
    <message>
        <source>Resources shared with the group</source>
        <translation>Für die Gruppe freigegebene Ressourcen</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Sharing %n resource(s), one after another…</source>
        <translation>
            <numerusform>%n Ressource wird freigegeben…</numerusform>
            <numerusform>%n Ressourcen werden nacheinander freigegeben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) done.</source>
        <translation>
            <numerusform>Die Änderung ist erledigt.</numerusform>
            <numerusform>Alle %n Änderungen sind erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done. Not done:
%3</source>
        <translation>%1 von %2 erledigt. Nicht erledigt:
%3</translation>
    </message>
    <message>
        <source>The resources the group shares, with the edit and share rights of its members</source>
        <translation>Die Ressourcen, die die Gruppe freigibt, mit den Bearbeitungs- und Weitergaberechten ihrer Mitglieder</translation>
    </message>
    <message>
        <source>Choose resources to share with the group</source>
        <translation>Ressourcen wählen, die für die Gruppe freigegeben werden</translation>
    </message>
    <message>
        <source>Stop sharing the selected resources with the group</source>
        <translation>Die Freigabe der gewählten Ressourcen für die Gruppe beenden</translation>
    </message>
    <message>
        <source>The share was not changed.</source>
        <translation>Die Freigabe wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The shares could not be loaded.</source>
        <translation>Die Freigaben konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Stop Sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n resource(s) with the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>Die Freigabe dieser Ressource für die Gruppe „%1“ beenden?</numerusform>
            <numerusform>Die Freigabe von %n Ressourcen für die Gruppe „%1“ beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its members no longer reach them through this group; the resources stay.</source>
        <translation>Ihre Mitglieder erreichen sie nicht mehr über diese Gruppe; die Ressourcen bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared resource(s)</source>
        <translation>
            <numerusform>%n freigegebene Ressource</numerusform>
            <numerusform>%n freigegebene Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Share Resources</source>
        <translation>Ressourcen freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Share %n resource(s) with the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>%n Ressource für die Gruppe „%1“ freigeben?</numerusform>
            <numerusform>%n Ressourcen für die Gruppe „%1“ freigeben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its members reach them with the rights chosen.</source>
        <translation>Ihre Mitglieder erreichen sie mit den gewählten Rechten.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Members may change and delete it.</source>
        <translation>Mitglieder dürfen sie ändern und löschen.</translation>
    </message>
    <message>
        <source>Members may no longer change or delete it.</source>
        <translation>Mitglieder dürfen sie nicht mehr ändern oder löschen.</translation>
    </message>
    <message>
        <source>Members may pass it on to their other groups.</source>
        <translation>Mitglieder dürfen sie an ihre anderen Gruppen weitergeben.</translation>
    </message>
    <message>
        <source>Members may no longer pass it on.</source>
        <translation>Mitglieder dürfen sie nicht mehr weitergeben.</translation>
    </message>
    <message>
        <source>Change Share</source>
        <translation>Freigabe ändern</translation>
    </message>
    <message>
        <source>Change what the group &quot;%1&quot; may do with this resource?</source>
        <translation>Ändern, was die Gruppe „%1“ mit dieser Ressource darf?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>You can undo this from the Activity log, or stop sharing again.</source>
        <translation>Sie können dies im Aktivitätsprotokoll rückgängig machen oder die Freigabe wieder beenden.</translation>
    </message>
    <message>
        <source>You can tick it back at any time.</source>
        <translation>Sie können es jederzeit wieder ankreuzen.</translation>
    </message>
    <message>
        <source>You can undo this from the Activity log, or share them again.</source>
        <translation>Sie können dies im Aktivitätsprotokoll rückgängig machen oder sie wieder freigeben.</translation>
    </message>
</context>
<context>
    <name>ionos::SincePanel</name>
    <message>
        <source>Nothing changed since your last session (%1).</source>
        <translation>Seit Ihrer letzten Sitzung (%1) hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Since your last session (%1): %2.</source>
        <translation>Seit Ihrer letzten Sitzung (%1): %2.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more alert(s).</source>
        <translation>
            <numerusform>und %n weitere Warnung.</numerusform>
            <numerusform>und %n weitere Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show These Changes</source>
        <translation>Diese Änderungen zeigen</translation>
    </message>
    <message>
        <source>Opens the Changes screen comparing the account at the end of your last session with the account now</source>
        <translation>Öffnet die Ansicht Änderungen mit dem Vergleich des Kontos am Ende Ihrer letzten Sitzung mit dem Konto jetzt</translation>
    </message>
</context>
<context>
    <name>ionos::SnapshotDiffModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <source>Users (%n)</source>
        <translation>
            <numerusform>Benutzer (%n)</numerusform>
            <numerusform>Benutzer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Groups (%n)</source>
        <translation>
            <numerusform>Gruppen (%n)</numerusform>
            <numerusform>Gruppen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Privileges (%n)</source>
        <translation>
            <numerusform>Berechtigungen (%n)</numerusform>
            <numerusform>Berechtigungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Members (%n)</source>
        <translation>
            <numerusform>Mitglieder (%n)</numerusform>
            <numerusform>Mitglieder (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares (%n)</source>
        <translation>
            <numerusform>Freigaben (%n)</numerusform>
            <numerusform>Freigaben (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resources (%n)</source>
        <translation>
            <numerusform>Ressourcen (%n)</numerusform>
            <numerusform>Ressourcen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reseller admins (%n)</source>
        <translation>
            <numerusform>Reseller-Administratoren (%n)</numerusform>
            <numerusform>Reseller-Administratoren (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Reseller admin</source>
        <translation>Reseller-Administrator</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>%1 of contract %2</source>
        <translation>%1 von Vertrag %2</translation>
    </message>
    <message numerus="yes">
        <source>Object Storage keys (%n)</source>
        <translation>
            <numerusform>Object-Storage-Schlüssel (%n)</numerusform>
            <numerusform>Object-Storage-Schlüssel (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Object Storage key</source>
        <translation>Object-Storage-Schlüssel</translation>
    </message>
    <message>
        <source>key %1 of %2</source>
        <translation>Schlüssel %1 von %2</translation>
    </message>
</context>
<context>
    <name>ionos::SnapshotSaver</name>
    <message>
        <source>Save Snapshot</source>
        <translation>Momentaufnahme speichern</translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Momentaufnahmen (*.json)</translation>
    </message>
    <message>
        <source>The snapshot is saved to %1 as soon as the account is loaded.</source>
        <translation>Die Momentaufnahme wird unter %1 gespeichert, sobald das Konto geladen ist.</translation>
    </message>
    <message>
        <source>Snapshot saved to %1.</source>
        <translation>Momentaufnahme unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The snapshot could not be saved to %1: %2</source>
        <translation>Die Momentaufnahme konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ionos::TableExporter</name>
    <message>
        <source>Export All Rows…</source>
        <translation>Alle Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Export Shown Rows…</source>
        <translation>Angezeigte Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Save every row of this table as CSV or JSON</source>
        <translation>Jede Zeile dieser Tabelle als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Save the rows the filter shows, in their order, as CSV or JSON</source>
        <translation>Die Zeilen, die der Filter zeigt, in ihrer Reihenfolge als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>Es gibt keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export All Rows</source>
        <translation>Alle Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export Shown Rows</source>
        <translation>Angezeigte Zeilen exportieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ionos::UndoHistory</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
</context>
<context>
    <name>ionos::UserDialog</name>
    <message>
        <source>&amp;Administrator: manages users, groups and shares and reaches every resource</source>
        <translation>&amp;Administrator: verwaltet Benutzer, Gruppen und Freigaben und erreicht jede Ressource</translation>
    </message>
    <message>
        <source>&amp;Require 2-factor authentication</source>
        <translation>2-Faktor-Authentifizierung &amp;vorschreiben</translation>
    </message>
    <message>
        <source>A&amp;ctive: may sign in</source>
        <translation>A&amp;ktiv: darf sich anmelden</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>Leer lassen, um das Passwort zu behalten</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Saving… the change is applied when the server reports it done.</source>
        <translation>Speichern… die Änderung gilt, sobald der Server sie als erledigt meldet.</translation>
    </message>
    <message>
        <source>The user&apos;s first name</source>
        <translation>Der Vorname des Benutzers</translation>
    </message>
    <message>
        <source>The user&apos;s last name</source>
        <translation>Der Nachname des Benutzers</translation>
    </message>
    <message>
        <source>The address the user signs in with; it must be unique</source>
        <translation>Die Adresse, mit der sich der Benutzer anmeldet; sie muss eindeutig sein</translation>
    </message>
    <message>
        <source>A new password, or empty to keep the current one</source>
        <translation>Ein neues Passwort, oder leer, um das bisherige zu behalten</translation>
    </message>
    <message>
        <source>The password the user signs in with</source>
        <translation>Das Passwort, mit dem sich der Benutzer anmeldet</translation>
    </message>
    <message>
        <source>Administrators need no group: they can do everything</source>
        <translation>Administratoren brauchen keine Gruppe: Sie dürfen alles</translation>
    </message>
    <message>
        <source>The user must set up 2-factor authentication and then signs in with a token</source>
        <translation>Der Benutzer muss die 2-Faktor-Authentifizierung einrichten und meldet sich dann mit einem Token an</translation>
    </message>
    <message>
        <source>An inactive user cannot sign in; nothing of theirs is deleted</source>
        <translation>Ein inaktiver Benutzer kann sich nicht anmelden; nichts von ihm wird gelöscht</translation>
    </message>
    <message>
        <source>Send the user to the server; the dialog closes when it is done</source>
        <translation>Den Benutzer an den Server senden; der Dialog schließt sich, wenn es erledigt ist</translation>
    </message>
    <message>
        <source>Close without changing the user</source>
        <translation>Schließen, ohne den Benutzer zu ändern</translation>
    </message>
</context>
<context>
    <name>ionos::UsersController</name>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::UsersModel</name>
    <message>
        <source>A change to this user is in progress…</source>
        <translation>Eine Änderung an diesem Benutzer läuft…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Last Login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Administrator: may do everything in the contract</source>
        <translation>Administrator: darf alles im Vertrag</translation>
    </message>
    <message>
        <source>2-factor authentication is required</source>
        <translation>2-Faktor-Authentifizierung ist vorgeschrieben</translation>
    </message>
    <message>
        <source>2-factor authentication is set up</source>
        <translation>2-Faktor-Authentifizierung ist eingerichtet</translation>
    </message>
    <message>
        <source>The user may sign in</source>
        <translation>Der Benutzer darf sich anmelden</translation>
    </message>
    <message>
        <source>Needs 2FA</source>
        <translation>2FA Pflicht</translation>
    </message>
    <message>
        <source>Uses 2FA</source>
        <translation>2FA aktiv</translation>
    </message>
</context>
<context>
    <name>ionos::UsersView</name>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>Benutzer filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Besitzt</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Edit User…</source>
        <translation>Benutzer &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Loading users: page %1 of %2</source>
        <translation>Benutzer werden geladen: Seite %1 von %2</translation>
    </message>
    <message>
        <source>Select a user to see its details.</source>
        <translation>Wählen Sie einen Benutzer, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>In no group.</source>
        <translation>In keiner Gruppe.</translation>
    </message>
    <message>
        <source>Owns no resource.</source>
        <translation>Besitzt keine Ressource.</translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Their memberships end with them; what they own stays in the contract.</source>
        <translation>Ihre Mitgliedschaften enden mit ihnen; was sie besitzen, bleibt im Vertrag.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer gelöscht.</numerusform>
            <numerusform>%n Benutzer gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 of %2 users. Not deleted:
%3</source>
        <translation>%1 von %2 Benutzern gelöscht. Nicht gelöscht:
%3</translation>
    </message>
    <message>
        <source>The users of the account; Enter edits, Delete deletes, drag them onto a group to add them</source>
        <translation>Die Benutzer des Kontos; Eingabetaste bearbeitet, Entf löscht, auf eine Gruppe ziehen fügt sie hinzu</translation>
    </message>
    <message>
        <source>The selected user&apos;s properties</source>
        <translation>Die Eigenschaften des gewählten Benutzers</translation>
    </message>
    <message>
        <source>The groups the selected user is a member of</source>
        <translation>Die Gruppen, in denen der gewählte Benutzer Mitglied ist</translation>
    </message>
    <message>
        <source>The resources the selected user owns</source>
        <translation>Die Ressourcen, die dem gewählten Benutzer gehören</translation>
    </message>
    <message>
        <source>Groups of the user</source>
        <translation>Gruppen des Benutzers</translation>
    </message>
    <message>
        <source>Resources the user owns</source>
        <translation>Ressourcen des Benutzers</translation>
    </message>
    <message>
        <source>The resources the selected user created and owns</source>
        <translation>Die Ressourcen, die der gewählte Benutzer erstellt hat und besitzt</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;2&quot;&gt;&lt;tr&gt;&lt;td&gt;Administrator:&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td width=&quot;24&quot;&gt;&lt;/td&gt;&lt;td&gt;Last login:&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;2-factor authentication required:&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Created:&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;2-factor authentication set up:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Id:&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Active:&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;2&quot;&gt;&lt;tr&gt;&lt;td&gt;Administrator:&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td width=&quot;24&quot;&gt;&lt;/td&gt;&lt;td&gt;Letzte Anmeldung:&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;2-Faktor-Authentifizierung vorgeschrieben:&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Erstellt:&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;2-Faktor-Authentifizierung eingerichtet:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Id:&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Aktiv:&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)?</source>
        <translation>
            <numerusform>Diesen Benutzer löschen?</numerusform>
            <numerusform>%n Benutzer löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>What the selected user may do, and why: every privilege and every resource they reach, with the paths</source>
        <translation>Was der gewählte Benutzer darf und warum: jede Berechtigung und jede erreichte Ressource, mit den Wegen</translation>
    </message>
    <message>
        <source>You can undo this from the Activity log: they are created again, with a new password you type for each, in their groups.</source>
        <translation>Sie können dies im Aktivitätsprotokoll rückgängig machen: Sie werden neu angelegt, mit einem neuen Passwort, das Sie für jeden eingeben, in ihren Gruppen.</translation>
    </message>
    <message>
        <source>Deactivate Object Storage &amp;Keys…</source>
        <translation>Object-Storage-&amp;Schlüssel deaktivieren …</translation>
    </message>
    <message>
        <source>Object Storage Keys</source>
        <translation>Object-Storage-Schlüssel</translation>
    </message>
    <message>
        <source>The selected user&apos;s Object Storage keys: generate, activate, deactivate and delete them</source>
        <translation>Die Object-Storage-Schlüssel des ausgewählten Benutzers: erzeugen, aktivieren, deaktivieren und löschen</translation>
    </message>
    <message>
        <source>Turn off every Object Storage key of the selected users</source>
        <translation>Alle Object-Storage-Schlüssel der ausgewählten Benutzer ausschalten</translation>
    </message>
    <message>
        <source>Deactivate Object Storage Keys</source>
        <translation>Object-Storage-Schlüssel deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate every Object Storage key of %n user(s)?</source>
        <translation>
            <numerusform>Alle Object-Storage-Schlüssel von %n Benutzer deaktivieren?</numerusform>
            <numerusform>Alle Object-Storage-Schlüssel von %n Benutzern deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>They and the programs that use their keys lose access to their buckets until a key is activated again.</source>
        <translation>Sie und die Programme, die ihre Schlüssel verwenden, verlieren den Zugriff auf ihre Buckets, bis wieder ein Schlüssel aktiviert wird.</translation>
    </message>
    <message>
        <source>You can undo this from the Activity log: the keys are activated again.</source>
        <translation>Sie können das im Aktivitätsprotokoll rückgängig machen: Die Schlüssel werden wieder aktiviert.</translation>
    </message>
    <message>
        <source>Deactivate Keys</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Deactivating the Object Storage keys of %n user(s)…</source>
        <translation>
            <numerusform>Die Object-Storage-Schlüssel von %n Benutzer werden deaktiviert …</numerusform>
            <numerusform>Die Object-Storage-Schlüssel von %n Benutzern werden deaktiviert …</numerusform>
        </translation>
    </message>
    <message>
        <source>None of their Object Storage keys was active.</source>
        <translation>Keiner ihrer Object-Storage-Schlüssel war aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n key(s).</source>
        <translation>
            <numerusform>%n Schlüssel deaktiviert.</numerusform>
            <numerusform>%n Schlüssel deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivated %1 of %2 keys. Not deactivated:
%3</source>
        <translation>%1 von %2 Schlüsseln deaktiviert. Nicht deaktiviert:
%3</translation>
    </message>
    <message>
        <source>&amp;Offboard…</source>
        <translation>&amp;Offboarden…</translation>
    </message>
    <message>
        <source>People leaving: deactivate the selected users, remove them from every group and deactivate their Object Storage keys, in one step</source>
        <translation>Personen, die gehen: die gewählten Benutzer deaktivieren, aus jeder Gruppe entfernen und ihre Object-Storage-Schlüssel deaktivieren, in einem Schritt</translation>
    </message>
</context>
</TS>

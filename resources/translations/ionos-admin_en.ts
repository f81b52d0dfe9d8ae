<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Try again later.</source>
        <translation>
            <numerusform>The server did not answer within %n second. Try again later.</numerusform>
            <numerusform>The server did not answer within %n seconds. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ActivityDock</name>
    <message numerus="yes">
        <source>Activity: %n change(s)</source>
        <translation>
            <numerusform>Activity: %n change</numerusform>
            <numerusform>Activity: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ConnectionNotices</name>
    <message numerus="yes">
        <source>Connection lost. %1 Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Connection lost. %1 Trying again in %n second…</numerusform>
            <numerusform>Connection lost. %1 Trying again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::MatrixView</name>
    <message numerus="yes">
        <source>Applying the changes of %n group(s)…</source>
        <translation>
            <numerusform>Applying the changes of %n group…</numerusform>
            <numerusform>Applying the changes of %n groups…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n group(s).</source>
        <translation>
            <numerusform>Applied to %n group.</numerusform>
            <numerusform>Applied to %n groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::MembersPanel</name>
    <message numerus="yes">
        <source>Adding %n member(s)…</source>
        <translation>
            <numerusform>Adding %n member…</numerusform>
            <numerusform>Adding %n members…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n member(s)…</source>
        <translation>
            <numerusform>Removing %n member…</numerusform>
            <numerusform>Removing %n members…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) done.</source>
        <translation>
            <numerusform>The change is done.</numerusform>
            <numerusform>All %n changes done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::SharesPanel</name>
    <message numerus="yes">
        <source>Sharing %n resource(s), one after another…</source>
        <translation>
            <numerusform>Sharing %n resource, one after another…</numerusform>
            <numerusform>Sharing %n resources, one after another…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) done.</source>
        <translation>
            <numerusform>The change is done.</numerusform>
            <numerusform>All %n changes done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::UsersView</name>
    <message numerus="yes">
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>Deleted %n user.</numerusform>
            <numerusform>Deleted %n users.</numerusform>
        </translation>
    </message>
</context>
</TS>

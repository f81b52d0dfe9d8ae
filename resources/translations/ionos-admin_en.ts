<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccessReview</name>
    <message numerus="yes">
        <source>No sign-in for %n days.</source>
        <translation>
            <numerusform>No sign-in for %n day.</numerusform>
            <numerusform>No sign-in for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never signed in, created %n days ago.</source>
        <translation>
            <numerusform>Never signed in, created %n day ago.</numerusform>
            <numerusform>Never signed in, created %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active, signed in within %n days.</source>
        <translation>
            <numerusform>Active, signed in within %n day.</numerusform>
            <numerusform>Active, signed in within %n days.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ChangeSummary</name>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>%n user added</numerusform>
            <numerusform>%n users added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new administrator(s)</source>
        <translation>
            <numerusform>%n new administrator</numerusform>
            <numerusform>%n new administrators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted</source>
        <translation>
            <numerusform>%n user deleted</numerusform>
            <numerusform>%n users deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) changed</source>
        <translation>
            <numerusform>%n user changed</numerusform>
            <numerusform>%n users changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n privilege(s) granted</source>
        <translation>
            <numerusform>%n privilege granted</numerusform>
            <numerusform>%n privileges granted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n privilege(s) taken away</source>
        <translation>
            <numerusform>%n privilege taken away</numerusform>
            <numerusform>%n privileges taken away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) added</source>
        <translation>
            <numerusform>%n group added</numerusform>
            <numerusform>%n groups added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) deleted</source>
        <translation>
            <numerusform>%n group deleted</numerusform>
            <numerusform>%n groups deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added</source>
        <translation>
            <numerusform>%n member added</numerusform>
            <numerusform>%n members added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed</source>
        <translation>
            <numerusform>%n member removed</numerusform>
            <numerusform>%n members removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) added</source>
        <translation>
            <numerusform>%n share added</numerusform>
            <numerusform>%n shares added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) removed</source>
        <translation>
            <numerusform>%n share removed</numerusform>
            <numerusform>%n shares removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) changed</source>
        <translation>
            <numerusform>%n share changed</numerusform>
            <numerusform>%n shares changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource change(s)</source>
        <translation>
            <numerusform>%n resource change</numerusform>
            <numerusform>%n resource changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Object Storage key change(s)</source>
        <translation>
            <numerusform>%n Object Storage key change</numerusform>
            <numerusform>%n Object Storage key changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseller admin change(s)</source>
        <translation>
            <numerusform>%n reseller admin change</numerusform>
            <numerusform>%n reseller admin changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsRules</name>
    <message numerus="yes">
        <source>%1 has not signed in for %n days and still holds rights.</source>
        <translation>
            <numerusform>%1 has not signed in for %n day and still holds rights.</numerusform>
            <numerusform>%1 has not signed in for %n days and still holds rights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has never signed in in the %n days since they were created and still holds rights.</source>
        <translation>
            <numerusform>%1 has never signed in in the %n day since they were created and still holds rights.</numerusform>
            <numerusform>%1 has never signed in in the %n days since they were created and still holds rights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is deactivated but still a member of %n group(s).</source>
        <translation>
            <numerusform>%1 is deactivated but still a member of a group.</numerusform>
            <numerusform>%1 is deactivated but still a member of %n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an administrator, but their groups together grant all %n privileges.</source>
        <translation>
            <numerusform>%1 is not an administrator, but their groups together grant the %n privilege.</numerusform>
            <numerusform>%1 is not an administrator, but their groups together grant all %n privileges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is protected by 2-factor authentication, and no member of the %n group(s) it is shared with has it active.</source>
        <translation>
            <numerusform>%1 is protected by 2-factor authentication, and no member of the group it is shared with has it active.</numerusform>
            <numerusform>%1 is protected by 2-factor authentication, and no member of the %n groups it is shared with has it active.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is deactivated, but %n Object Storage key(s) of theirs still open their buckets.</source>
        <translation>
            <numerusform>%1 is deactivated, but %n Object Storage key of theirs still opens their buckets.</numerusform>
            <numerusform>%1 is deactivated, but %n Object Storage keys of theirs still open their buckets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Object Storage key %1 of %2 was created %n day(s) ago and is still active.</source>
        <translation>
            <numerusform>The Object Storage key %1 of %2 was created %n day ago and is still active.</numerusform>
            <numerusform>The Object Storage key %1 of %2 was created %n days ago and is still active.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n Object Storage keys, the most there can be: a new one needs an old one deleted.</source>
        <translation>
            <numerusform>%1 has %n Object Storage key, the most there can be: a new one needs an old one deleted.</numerusform>
            <numerusform>%1 has %n Object Storage keys, the most there can be: a new one needs an old one deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n groups are called &quot;%1&quot;</source>
        <translation>
            <numerusform>%n group is called &quot;%1&quot;</numerusform>
            <numerusform>%n groups are called &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create, </source>
        <translation>
            <numerusform>%n to create, </numerusform>
            <numerusform>%n to create, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update, </source>
        <translation>
            <numerusform>%n to update, </numerusform>
            <numerusform>%n to update, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with nothing to do, </source>
        <translation>
            <numerusform>%n with nothing to do, </numerusform>
            <numerusform>%n with nothing to do, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refused.</numerusform>
            <numerusform>%n refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Offboard</name>
    <message numerus="yes">
        <source>%n other(s) reach it: %1</source>
        <translation>
            <numerusform>%n other reaches it: %1</numerusform>
            <numerusform>%n others reach it: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n administrator(s)</source>
        <translation>
            <numerusform>, and %n administrator</numerusform>
            <numerusform>, and %n administrators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboard %n user(s)</source>
        <translation>
            <numerusform>Offboard %n user</numerusform>
            <numerusform>Offboard %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message numerus="yes">
        <source>deactivate %n Object Storage key(s)</source>
        <translation>
            <numerusform>deactivate %n Object Storage key</numerusform>
            <numerusform>deactivate %n Object Storage keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created %n resource(s)</source>
        <translation>
            <numerusform>created %n resource</numerusform>
            <numerusform>created %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a keeper)</source>
        <translation>
            <numerusform>(%n without a keeper)</numerusform>
            <numerusform>(%n without a keeper)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostureDocument</name>
    <message numerus="yes">
        <source>And %n more, less severe: see the Findings screen or &quot;ionos-admin report findings&quot;.</source>
        <translation>
            <numerusform>And %n more, less severe: see the Findings screen or &quot;ionos-admin report findings&quot;.</numerusform>
            <numerusform>And %n more, less severe: see the Findings screen or &quot;ionos-admin report findings&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemedyPlan</name>
    <message numerus="yes">
        <source>Remove this user from their %n group(s)?</source>
        <translation>
            <numerusform>Remove this user from their group?</numerusform>
            <numerusform>Remove this user from their %n groups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing this resource with %n group(s)?</source>
        <translation>
            <numerusform>Stop sharing this resource with its group?</numerusform>
            <numerusform>Stop sharing this resource with %n groups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Object Storage key(s) of this user?</source>
        <translation>
            <numerusform>Deactivate %n Object Storage key of this user?</numerusform>
            <numerusform>Deactivate %n Object Storage keys of this user?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message numerus="yes">
        <source>IONOS Cloud: %n alert(s) in the account</source>
        <translation>
            <numerusform>IONOS Cloud: %n alert in the account</numerusform>
            <numerusform>IONOS Cloud: %n alerts in the account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchRules</name>
    <message numerus="yes">
        <source>%n alert(s) since %1, as of %2.</source>
        <translation>
            <numerusform>%n alert since %1, as of %2.</numerusform>
            <numerusform>%n alerts since %1, as of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message numerus="yes">
        <source>%n user(s) gain %1</source>
        <translation>
            <numerusform>%n user gains %1</numerusform>
            <numerusform>%n users gain %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) lose %1</source>
        <translation>
            <numerusform>%n user loses %1</numerusform>
            <numerusform>%n users lose %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) lose all access to %1</source>
        <translation>
            <numerusform>%n user loses all access to %1</numerusform>
            <numerusform>%n users lose all access to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::AccessReviewView</name>
    <message numerus="yes">
        <source>Review applied: %n removal(s) done. Export the evidence to keep a record.</source>
        <translation>
            <numerusform>Review applied: %n removal done. Export the evidence to keep a record.</numerusform>
            <numerusform>Review applied: %n removals done. Export the evidence to keep a record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review of %n group(s) by %1, started %2: %3 to remove, %4 to keep.</source>
        <translation>
            <numerusform>Review of %n group by %1, started %2: %3 to remove, %4 to keep.</numerusform>
            <numerusform>Review of %n groups by %1, started %2: %3 to remove, %4 to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n share</numerusform>
            <numerusform>%n shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) and share(s)</source>
        <translation>
            <numerusform>%n member or share</numerusform>
            <numerusform>%n members and shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n member(s) and share(s) stay as they are.</source>
        <translation>
            <numerusform>The other member or share stays as it is.</numerusform>
            <numerusform>The other %n members and shares stay as they are.</numerusform>
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
    <name>ionos::ChangesView</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All kinds (%n)</source>
        <translation>
            <numerusform>All kinds (%n)</numerusform>
            <numerusform>All kinds (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected change(s) back as the snapshot has them</source>
        <translation>
            <numerusform>Put the selected change back as the snapshot has it</numerusform>
            <numerusform>Put the %n selected changes back as the snapshot has them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %n change(s) shown back as the snapshot has them</source>
        <translation>
            <numerusform>Put the change shown back as the snapshot has it</numerusform>
            <numerusform>Put the %n changes shown back as the snapshot has them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::CloneGroupDialog</name>
    <message numerus="yes">
        <source>Also make its %n member(s) members of the new group</source>
        <translation>
            <numerusform>Also make its %n member a member of the new group</numerusform>
            <numerusform>Also make its %n members members of the new group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new group grants the %n privilege(s) of %1</source>
        <translation>
            <numerusform>The new group grants the %n privilege of %1</numerusform>
            <numerusform>The new group grants the %n privileges of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and shares its %n resource(s) with the same rights.</source>
        <translation>
            <numerusform> and shares its %n resource with the same rights.</numerusform>
            <numerusform> and shares its %n resources with the same rights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) left, each with the reason in the list.</source>
        <translation>
            <numerusform>%n write left, with the reason in the list.</numerusform>
            <numerusform>%n writes left, each with the reason in the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::Confirmation</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (Show Details…)</source>
        <translation>
            <numerusform>and %n more (Show Details…)</numerusform>
            <numerusform>and %n more (Show Details…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ConnectionMonitor</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within a second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
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
    <name>ionos::DormantUsersDialog</name>
    <message numerus="yes">
        <source>%1 of %n user(s) to deactivate.</source>
        <translation>
            <numerusform>%1 of %n user to deactivate.</numerusform>
            <numerusform>%1 of %n users to deactivate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n inactive user(s)?</source>
        <translation>
            <numerusform>Deactivate %n inactive user?</numerusform>
            <numerusform>Deactivate %n inactive users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n inactive user(s)</source>
        <translation>
            <numerusform>Deactivate %n inactive user</numerusform>
            <numerusform>Deactivate %n inactive users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n user(s).</source>
        <translation>
            <numerusform>Deactivated %n user.</numerusform>
            <numerusform>Deactivated %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) not deactivated, each with the reason in the list.</source>
        <translation>
            <numerusform>%n user not deactivated, with the reason in the list.</numerusform>
            <numerusform>%n users not deactivated, each with the reason in the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::EffectiveAccessPane</name>
    <message numerus="yes">
        <source>%n privilege(s)</source>
        <translation>
            <numerusform>%n privilege</numerusform>
            <numerusform>%n privileges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are blocked: they are protected by 2-factor authentication, which this user has not set up.</source>
        <translation>
            <numerusform>One of them is blocked: it is protected by 2-factor authentication, which this user has not set up.</numerusform>
            <numerusform>%n of them are blocked: they are protected by 2-factor authentication, which this user has not set up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::FindingsView</name>
    <message numerus="yes">
        <source>%n dismissed for this session.</source>
        <translation>
            <numerusform>%n dismissed for this session.</numerusform>
            <numerusform>%n dismissed for this session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low, %4 info.</source>
        <translation>
            <numerusform>%n finding: %1 high, %2 medium, %3 low, %4 info.</numerusform>
            <numerusform>%n findings: %1 high, %2 medium, %3 low, %4 info.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::GroupDialog</name>
    <message numerus="yes">
        <source>Change %n privilege(s) of the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>Change %n privilege of the group &quot;%1&quot;?</numerusform>
            <numerusform>Change %n privileges of the group &quot;%1&quot;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::GroupsController</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::GroupsView</name>
    <message numerus="yes">
        <source>Delete %n group(s)?</source>
        <translation>
            <numerusform>Delete this group?</numerusform>
            <numerusform>Delete %n groups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n group(s).</source>
        <translation>
            <numerusform>Deleted %n group.</numerusform>
            <numerusform>Deleted %n groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ImportDialog</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) are left out. Each write is in the Activity log with its outcome.</source>
        <translation>
            <numerusform>%n refused row is left out. Each write is in the Activity log with its outcome.</numerusform>
            <numerusform>%n refused rows are left out. Each write is in the Activity log with its outcome.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n row(s) done.</source>
        <translation>
            <numerusform>Imported: %n row done.</numerusform>
            <numerusform>Imported: %n rows done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) done; </source>
        <translation>
            <numerusform>%n row done; </numerusform>
            <numerusform>%n rows done; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left, each with the reason in the list. Run Again does what is still missing.</source>
        <translation>
            <numerusform>%n left, with the reason in the list. Run Again does what is still missing.</numerusform>
            <numerusform>%n left, each with the reason in the list. Run Again does what is still missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more, each listed when you press Import.</source>
        <translation>
            <numerusform>and %n more, listed when you press Import.</numerusform>
            <numerusform>and %n more, each listed when you press Import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::LoadStatus</name>
    <message numerus="yes">
        <source>Working: %n request(s)</source>
        <translation>
            <numerusform>Working: %n request</numerusform>
            <numerusform>Working: %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::MainWindow</name>
    <message numerus="yes">
        <source>The token of this profile expires on %1, in %n day(s). Create a new one in the IONOS Token Manager and sign in with it before then.</source>
        <translation>
            <numerusform>The token of this profile expires on %1, in %n day. Create a new one in the IONOS Token Manager and sign in with it before then.</numerusform>
            <numerusform>The token of this profile expires on %1, in %n days. Create a new one in the IONOS Token Manager and sign in with it before then.</numerusform>
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
    <message numerus="yes">
        <source>Apply the marked changes to %n group(s)?</source>
        <translation>
            <numerusform>Apply the marked changes to %n group?</numerusform>
            <numerusform>Apply the marked changes to %n groups?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::MemberPicker</name>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n user selected</numerusform>
            <numerusform>%n users selected</numerusform>
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
    <message numerus="yes">
        <source>Remove %n member(s) from the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>Remove this member from the group &quot;%1&quot;?</numerusform>
            <numerusform>Remove %n members from the group &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>Add %n member to the group &quot;%1&quot;?</numerusform>
            <numerusform>Add %n members to the group &quot;%1&quot;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::MembershipController</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::NewPasswordsDialog</name>
    <message numerus="yes">
        <source>%n password(s) copied.</source>
        <translation>
            <numerusform>%n password copied.</numerusform>
            <numerusform>%n passwords copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ObjectStorageKeysController</name>
    <message numerus="yes">
        <source>%n key(s) of %1</source>
        <translation>
            <numerusform>%n key of %1</numerusform>
            <numerusform>%n keys of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ObjectStorageKeysModel</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ObjectStorageKeysPane</name>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 of %n key</numerusform>
            <numerusform>%1 of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user has %n keys, the most there can be: delete one to generate another.</source>
        <translation>
            <numerusform>The user has %n key, the most there can be: delete it to generate another.</numerusform>
            <numerusform>The user has %n keys, the most there can be: delete one to generate another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) of %1?</source>
        <translation>
            <numerusform>Deactivate %n key of %1?</numerusform>
            <numerusform>Deactivate %n keys of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s) of %1?</source>
        <translation>
            <numerusform>Delete %n key of %1?</numerusform>
            <numerusform>Delete %n keys of %1?</numerusform>
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
    <name>ionos::OffboardDialog</name>
    <message numerus="yes">
        <source>Offboarding deactivates %n user(s), removes them from every group and deactivates their active Object Storage keys. What they created stays in the contract.</source>
        <translation>
            <numerusform>Offboarding deactivates %n user, removes them from every group and deactivates their active Object Storage keys. What they created stays in the contract.</numerusform>
            <numerusform>Offboarding deactivates %n users, removes them from every group and deactivates their active Object Storage keys. What they created stays in the contract.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n administrator(s)</source>
        <translation>
            <numerusform>and %n administrator</numerusform>
            <numerusform>and %n administrators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They created %n resource(s); </source>
        <translation>
            <numerusform>They created %n resource; </numerusform>
            <numerusform>They created %n resources; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be left without a keeper: nobody but administrators may edit it.</source>
        <translation>
            <numerusform>%n would be left without a keeper: nobody but administrators may edit it.</numerusform>
            <numerusform>%n would be left without a keeper: nobody but administrators may edit them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboard %n user(s)?</source>
        <translation>
            <numerusform>Offboard %n user?</numerusform>
            <numerusform>Offboard %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboard %n user(s)</source>
        <translation>
            <numerusform>Offboard %n user</numerusform>
            <numerusform>Offboard %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offboarded: all %n step(s) done.</source>
        <translation>
            <numerusform>Offboarded: the %n step is done.</numerusform>
            <numerusform>Offboarded: all %n steps done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) left, each with the reason in the list; offboard them again for the rest.</source>
        <translation>
            <numerusform>%n step left, with the reason in the list; offboard them again for the rest.</numerusform>
            <numerusform>%n steps left, each with the reason in the list; offboard them again for the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Administrators only (%n)</source>
        <translation>
            <numerusform>Administrators only (%n)</numerusform>
            <numerusform>Administrators only (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::OverviewView</name>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n deactivated</numerusform>
            <numerusform>%n deactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active administrator(s)</source>
        <translation>
            <numerusform>%n active administrator</numerusform>
            <numerusform>%n active administrators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); open a severity to see them.</source>
        <translation>
            <numerusform>%n finding; open its severity to see it.</numerusform>
            <numerusform>%n findings; open a severity to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s); show them on the Findings screen</source>
        <translation>
            <numerusform>%1: %n finding; show it on the Findings screen</numerusform>
            <numerusform>%1: %n findings; show them on the Findings screen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without members.</source>
        <translation>
            <numerusform>%n without members.</numerusform>
            <numerusform>%n without members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of %1 type(s).</source>
        <translation>
            <numerusform>%n resource of %1 type.</numerusform>
            <numerusform>%n resources of %1 types.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last snapshot is %n day(s) old (%1).</source>
        <translation>
            <numerusform>The last snapshot is %n day old (%1).</numerusform>
            <numerusform>The last snapshot is %n days old (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::OwnershipView</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::PrivilegeReferenceView</name>
    <message numerus="yes">
        <source>%1 is held by %n user(s).</source>
        <translation>
            <numerusform>%1 is held by %n user.</numerusform>
            <numerusform>%1 is held by %n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ResellerView</name>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n admin</numerusform>
            <numerusform>%n admins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::ResourcesView</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::RestoreDialog</name>
    <message numerus="yes">
        <source>%n item(s) cannot be restored; the list says why.</source>
        <translation>
            <numerusform>One item cannot be restored; the list says why.</numerusform>
            <numerusform>%n items cannot be restored; the list says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored: all %n item(s) are as the snapshot has them.</source>
        <translation>
            <numerusform>Restored: the item is as the snapshot has it.</numerusform>
            <numerusform>Restored: all %n items are as the snapshot has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 restored; %n item(s) left, each with the reason in the list. Run Again does what is still missing.</source>
        <translation>
            <numerusform>%1 of %2 restored; one item left, with the reason in the list. Run Again does what is still missing.</numerusform>
            <numerusform>%1 of %2 restored; %n items left, each with the reason in the list. Run Again does what is still missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) put the chosen changes back as they were, each through the console&apos;s usual path and in the Activity log.</source>
        <translation>
            <numerusform>One write puts the chosen change back as it was, through the console&apos;s usual path and in the Activity log.</numerusform>
            <numerusform>%n writes put the chosen changes back as they were, each through the console&apos;s usual path and in the Activity log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n item(s) back as they were?</source>
        <translation>
            <numerusform>Put one item back as it was?</numerusform>
            <numerusform>Put %n items back as they were?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::RestoreRunner</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::RoleTemplatesDialog</name>
    <message numerus="yes">
        <source>%1 (%n privilege(s))</source>
        <translation>
            <numerusform>%1 (%n privilege)</numerusform>
            <numerusform>%1 (%n privileges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) written to %1.</source>
        <translation>
            <numerusform>%n template written to %1.</numerusform>
            <numerusform>%n templates written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n template imported.</numerusform>
            <numerusform>%n templates imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::SharesController</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
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
    <message numerus="yes">
        <source>Stop sharing %n resource(s) with the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>Stop sharing this resource with the group &quot;%1&quot;?</numerusform>
            <numerusform>Stop sharing %n resources with the group &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared resource(s)</source>
        <translation>
            <numerusform>%n shared resource</numerusform>
            <numerusform>%n shared resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %n resource(s) with the group &quot;%1&quot;?</source>
        <translation>
            <numerusform>Share %n resource with the group &quot;%1&quot;?</numerusform>
            <numerusform>Share %n resources with the group &quot;%1&quot;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::SincePanel</name>
    <message numerus="yes">
        <source>and %n more alert(s).</source>
        <translation>
            <numerusform>and %n more alert.</numerusform>
            <numerusform>and %n more alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::SnapshotDiffModel</name>
    <message numerus="yes">
        <source>Users (%n)</source>
        <translation>
            <numerusform>Users (%n)</numerusform>
            <numerusform>Users (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Groups (%n)</source>
        <translation>
            <numerusform>Groups (%n)</numerusform>
            <numerusform>Groups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Privileges (%n)</source>
        <translation>
            <numerusform>Privileges (%n)</numerusform>
            <numerusform>Privileges (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Members (%n)</source>
        <translation>
            <numerusform>Members (%n)</numerusform>
            <numerusform>Members (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares (%n)</source>
        <translation>
            <numerusform>Shares (%n)</numerusform>
            <numerusform>Shares (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resources (%n)</source>
        <translation>
            <numerusform>Resources (%n)</numerusform>
            <numerusform>Resources (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reseller admins (%n)</source>
        <translation>
            <numerusform>Reseller admins (%n)</numerusform>
            <numerusform>Reseller admins (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Object Storage keys (%n)</source>
        <translation>
            <numerusform>Object Storage keys (%n)</numerusform>
            <numerusform>Object Storage keys (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ionos::UsersController</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
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
    <message numerus="yes">
        <source>Delete %n user(s)?</source>
        <translation>
            <numerusform>Delete this user?</numerusform>
            <numerusform>Delete %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate every Object Storage key of %n user(s)?</source>
        <translation>
            <numerusform>Deactivate every Object Storage key of %n user?</numerusform>
            <numerusform>Deactivate every Object Storage key of %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating the Object Storage keys of %n user(s)…</source>
        <translation>
            <numerusform>Deactivating the Object Storage keys of %n user…</numerusform>
            <numerusform>Deactivating the Object Storage keys of %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n key(s).</source>
        <translation>
            <numerusform>Deactivated %n key.</numerusform>
            <numerusform>Deactivated %n keys.</numerusform>
        </translation>
    </message>
</context>
</TS>

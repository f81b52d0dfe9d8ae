#pragma once

#include "network/admin.h"
#include "network/group.h"
#include "network/groupshare.h"
#include "network/user.h"

#include <QString>

#include <type_traits>
#include <variant>

namespace ionos {

// The writes a restore can make, one type each. Ids are those of the account now, except for a
// group or user to be created again: its steps name the snapshot's id until the new id is known.
namespace restore {

struct CreateGroup
{
    QString group; // the snapshot's id
    Group draft;   // name and privileges
    bool operator==(const CreateGroup &) const = default;
};
struct CreateUser
{
    QString user;    // the snapshot's id
    UserDraft draft; // needs a password typed in the window
    bool operator==(const CreateUser &) const = default;
};
struct UpdateGroup
{
    QString group;
    GroupChange change; // name and privileges back
    bool operator==(const UpdateGroup &) const = default;
};
struct UpdateUser
{
    QString user;
    UserDraft draft; // the properties back
    bool operator==(const UpdateUser &) const = default;
};
struct UpdateAdmin
{
    qint64 contract = 0;
    qint64 admin = 0;
    AdminDraft draft;
    bool operator==(const UpdateAdmin &) const = default;
};
struct AddMember
{
    QString group;
    QString user;
    bool operator==(const AddMember &) const = default;
};
struct PutShare // created, or its rights set back
{
    QString group;
    GroupShare share;
    bool operator==(const PutShare &) const = default;
};
struct RemoveMember
{
    QString group;
    QString user;
    bool operator==(const RemoveMember &) const = default;
};
struct RemoveShare
{
    QString group;
    QString resource;
    bool operator==(const RemoveShare &) const = default;
};
struct DeleteGroup // exists now only; only when asked
{
    QString group;
    bool operator==(const DeleteGroup &) const = default;
};
struct DeleteUser // exists now only; only when asked
{
    QString user;
    bool operator==(const DeleteUser &) const = default;
};

struct SetKeyActive // an Object Storage key turned on or off again
{
    QString user;
    QString key;
    bool active = true;
    bool operator==(const SetKeyActive &) const = default;
};

// What no API call can put back (a resource, an admin's existence, 2FA turned on).
struct CannotRestore
{
    QString why;
    bool operator==(const CannotRestore &) const = default;
};
} // namespace restore

// One write that puts a part of the account back as a snapshot has it: exactly one of the
// restore:: types. Its kind orders the steps: what a later kind needs is done by an earlier one.
class RestoreStep
{
public:
    using Action = std::variant<restore::CreateGroup, restore::CreateUser, restore::UpdateGroup,
                                restore::UpdateUser, restore::UpdateAdmin, restore::AddMember,
                                restore::PutShare, restore::RemoveMember, restore::RemoveShare,
                                restore::DeleteGroup, restore::DeleteUser, restore::SetKeyActive,
                                restore::CannotRestore>;
    // In the order of Action's types.
    enum class Kind
    {
        CreateGroup,
        CreateUser,
        UpdateGroup,
        UpdateUser,
        UpdateAdmin,
        AddMember,
        PutShare,
        RemoveMember,
        RemoveShare,
        DeleteGroup,
        DeleteUser,
        SetKeyActive,
        CannotRestore,
    };

    template <typename T>
    requires std::is_constructible_v<Action, T>
    RestoreStep(T action) // NOLINT(google-explicit-constructor): a step is its action
        : m_action(std::move(action))
    {}

    Kind kind() const { return Kind(m_action.index()); }
    const Action &action() const { return m_action; }
    // The action when it is of type T, else null.
    template <typename T> const T *as() const { return std::get_if<T>(&m_action); }
    // The group, the user the step names; empty when it names none.
    QString group() const;
    QString user() const;

    bool operator==(const RestoreStep &) const = default;

private:
    Action m_action;
};

// The kinds name the action types in their order.
static_assert(std::variant_size_v<RestoreStep::Action> ==
              int(RestoreStep::Kind::CannotRestore) + 1);
static_assert(std::is_same_v<
              std::variant_alternative_t<int(RestoreStep::Kind::CreateGroup), RestoreStep::Action>,
              restore::CreateGroup>);
static_assert(std::is_same_v<
              std::variant_alternative_t<int(RestoreStep::Kind::PutShare), RestoreStep::Action>,
              restore::PutShare>);
static_assert(std::is_same_v<std::variant_alternative_t<int(RestoreStep::Kind::CannotRestore),
                                                        RestoreStep::Action>,
                             restore::CannotRestore>);

} // namespace ionos

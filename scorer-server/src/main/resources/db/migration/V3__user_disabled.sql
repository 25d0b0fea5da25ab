-- An admin may disable a user instead of deleting them: the account, its assignments and the events it recorded
-- stay, but it can no longer sign in and its tokens stop working. Null while the user is enabled.
alter table app_user add column disabled_at timestamptz;

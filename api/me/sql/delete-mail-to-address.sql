-- Messages and invitations addressed to the account's e-mail, including those from before it had an account.
WITH gone_messages AS (
  DELETE FROM outbox_messages WHERE user_id = $1 OR to_address = $2
)
DELETE FROM organisation_invitations WHERE email = $2;

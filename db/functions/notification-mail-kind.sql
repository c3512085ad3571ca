-- The kind of notification e-mail (notification_preferences.kind) that an in-app notification is: a connector's
-- introduction is its own kind, so a person may want those and not others.
CREATE OR REPLACE FUNCTION notification_mail_kind(notification_kind text, by_connector boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE notification_kind
           WHEN 'introduction-asked' THEN CASE WHEN by_connector THEN 'connector_introduction' ELSE 'introduction_asked' END
           WHEN 'introduction-accepted' THEN 'introduction_accepted'
           WHEN 'message' THEN 'thread_message'
           ELSE 'agenda_status'
         END
$$;

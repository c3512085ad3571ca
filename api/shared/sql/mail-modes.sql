-- The kinds of notification mail person $1 chose a mode for (the others have their default).
SELECT kind, mode FROM notification_preferences WHERE user_id = $1;

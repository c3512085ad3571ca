SELECT m.sender_id, m.body FROM introduction_messages m WHERE m.id = $1 AND m.introduction_id = $2;

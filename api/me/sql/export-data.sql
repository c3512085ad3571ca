-- Everything stored about one account ($1), for GET /api/me/export. Tokens are listed without their hashes.
SELECT
  coalesce((SELECT json_agg(json_build_object('purpose', c.purpose, 'textVersion', c.text_version,
                                              'givenAt', c.given_at, 'withdrawnAt', c.withdrawn_at) ORDER BY c.given_at)
            FROM consents c WHERE c.user_id = u.id), '[]') AS consents,
  coalesce((SELECT json_agg(json_build_object('createdAt', s.created_at, 'lastSeenAt', s.last_seen_at,
                                              'expiresAt', s.expires_at, 'userAgent', s.user_agent) ORDER BY s.created_at)
            FROM sessions s WHERE s.user_id = u.id), '[]') AS sessions,
  coalesce((SELECT json_agg(json_build_object('purpose', t.purpose, 'createdAt', t.created_at,
                                              'expiresAt', t.expires_at, 'usedAt', t.used_at) ORDER BY t.created_at)
            FROM auth_tokens t WHERE t.user_id = u.id), '[]') AS links_sent,
  coalesce((SELECT json_agg(json_build_object('organisation', o.name, 'role', m.role, 'joinedAt', m.joined_at) ORDER BY o.name)
            FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = u.id), '[]') AS memberships,
  coalesce((SELECT json_agg(json_build_object('organisation', o.name, 'email', i.email, 'createdAt', i.created_at,
                                              'acceptedAt', i.accepted_at) ORDER BY i.created_at)
            FROM organisation_invitations i JOIN organisations o ON o.id = i.organisation_id WHERE i.invited_by = u.id), '[]') AS invitations_sent,
  coalesce((SELECT json_agg(json_build_object('buurt', ca.buurt_code, 'wijk', ca.wijk_code, 'grantedAt', ca.granted_at) ORDER BY ca.granted_at)
            FROM connector_areas ca WHERE ca.user_id = u.id), '[]') AS connector_areas,
  coalesce((SELECT json_agg(json_build_object('kind', m.kind, 'subject', m.subject, 'body', m.body, 'createdAt', m.created_at) ORDER BY m.created_at)
            FROM outbox_messages m WHERE m.user_id = u.id OR m.to_address = u.email), '[]') AS messages,
  coalesce((SELECT json_agg(json_build_object('subject', f.subject, 'suggestion', f.suggestion, 'action', f.action, 'at', f.created_at) ORDER BY f.created_at)
            FROM suggestion_feedback f WHERE f.user_id = u.id), '[]') AS suggestion_feedback
FROM users u
WHERE u.id = $1;

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
            FROM suggestion_feedback f WHERE f.user_id = u.id), '[]') AS suggestion_feedback,
  -- Introductions I am a party of or asked for, with the other side by name only.
  coalesce((SELECT json_agg(json_build_object('note', i.note, 'status', i.status, 'askedByMe', i.requested_by = u.id,
                                              'parties', (SELECT json_agg(coalesce(pu.display_name, po.name) ORDER BY p.position)
                                                          FROM introduction_parties p
                                                          LEFT JOIN users pu ON pu.id = p.user_id
                                                          LEFT JOIN organisations po ON po.id = p.organisation_id
                                                          WHERE p.introduction_id = i.id),
                                              'createdAt', i.created_at, 'answeredAt', i.answered_at, 'metAt', i.met_at)
                            ORDER BY i.created_at)
            FROM introductions i
            WHERE i.requested_by = u.id OR i.id IN (SELECT introduction_id FROM introduction_parties WHERE user_id = u.id)), '[]') AS introductions,
  coalesce((SELECT json_agg(json_build_object('introduction', m.introduction_id, 'body', m.body, 'createdAt', m.created_at) ORDER BY m.created_at)
            FROM introduction_messages m WHERE m.sender_id = u.id), '[]') AS messages_written,
  coalesce((SELECT json_agg(json_build_object('name', bu.display_name, 'since', b.created_at) ORDER BY b.created_at)
            FROM user_blocks b JOIN users bu ON bu.id = b.blocked_id WHERE b.blocker_id = u.id), '[]') AS blocks,
  coalesce((SELECT json_agg(json_build_object('reason', r.reason, 'note', r.note, 'createdAt', r.created_at) ORDER BY r.created_at)
            FROM reports r WHERE r.reporter_id = u.id), '[]') AS reports_made,
  coalesce((SELECT json_agg(json_build_object('buurt', f.buurt_code, 'since', f.created_at) ORDER BY f.created_at)
            FROM buurt_follows f WHERE f.user_id = u.id), '[]') AS buurten_followed,
  -- The e-mail I chose per kind of notification (kinds not listed have their default), and the unsubscribe links sent.
  coalesce((SELECT json_agg(json_build_object('kind', p.kind, 'mode', p.mode, 'changedAt', p.updated_at) ORDER BY p.kind)
            FROM notification_preferences p WHERE p.user_id = u.id), '[]') AS notification_preferences,
  coalesce((SELECT json_agg(json_build_object('kind', t.kind, 'createdAt', t.created_at, 'expiresAt', t.expires_at,
                                              'usedAt', t.used_at) ORDER BY t.created_at)
            FROM unsubscribe_tokens t WHERE t.user_id = u.id), '[]') AS unsubscribe_links,
  coalesce((SELECT json_agg(json_build_object('round', r.title, 'buurt', a.buurt_code, 'physical', a.physical, 'social', a.social,
                                              'nuisance', a.nuisance, 'safety', a.safety, 'overall', a.overall, 'trend', a.trend,
                                              'comment', a.comment, 'answeredAt', a.answered_at) ORDER BY a.answered_at)
            FROM survey_answers a JOIN survey_rounds r ON r.id = a.round_id WHERE a.user_id = u.id), '[]') AS survey_answers,
  coalesce((SELECT json_agg(json_build_object('kind', o.kind, 'body', o.body, 'lng', ST_X(o.location), 'lat', ST_Y(o.location),
                                              'buurt', o.buurt_code, 'withPhoto', o.photo IS NOT NULL, 'hidden', o.hidden_at IS NOT NULL,
                                              'createdAt', o.created_at) ORDER BY o.created_at)
            FROM observations o WHERE o.user_id = u.id), '[]') AS observations,
  -- The buurtagenda: what I supported, said and pledged, and the tables I joined.
  json_build_object(
    'supported', coalesce((SELECT json_agg(json_build_object('item', i.ambition, 'at', s.created_at) ORDER BY s.created_at)
                           FROM agenda_supports s JOIN agenda_items i ON i.id = s.item_id WHERE s.user_id = u.id), '[]'),
    'comments', coalesce((SELECT json_agg(json_build_object('item', i.ambition, 'body', c.body, 'at', c.created_at) ORDER BY c.created_at)
                          FROM agenda_comments c JOIN agenda_items i ON i.id = c.item_id WHERE c.user_id = u.id), '[]'),
    'pledges', coalesce((SELECT json_agg(json_build_object('item', i.ambition, 'what', p.what, 'status', p.status, 'at', p.created_at) ORDER BY p.created_at)
                         FROM agenda_pledges p JOIN agenda_items i ON i.id = p.item_id WHERE p.pledged_by = u.id), '[]'),
    'tablesJoined', coalesce((SELECT json_agg(json_build_object('agenda', coalesce(a.buurt_code, a.wijk_code) || ' ' || a.year, 'role', p.role, 'at', p.created_at))
                              FROM agenda_parties p JOIN agendas a ON a.id = p.agenda_id WHERE p.user_id = u.id), '[]')
  ) AS agenda
FROM users u
WHERE u.id = $1;

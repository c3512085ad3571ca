SELECT key FROM tags WHERE domain_key = ANY ($1::text[]);

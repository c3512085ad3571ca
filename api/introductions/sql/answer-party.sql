-- Party $2 of introduction $1 answers $3, given by $4.
UPDATE introduction_parties SET answer = $3, answered_by = $4, answered_at = now()
WHERE introduction_id = $1 AND position = $2 AND answer = 'pending';

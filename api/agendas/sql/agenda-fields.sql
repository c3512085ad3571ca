SELECT urgency, counting_telling, published_at, updated_at FROM agendas WHERE id = $1;

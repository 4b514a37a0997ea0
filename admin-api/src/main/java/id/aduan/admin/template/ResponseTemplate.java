package id.aduan.admin.template;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A ready-made note for the citizen, for one status and optionally one category (none: any category). The text may
 * use {tiket}, {instansi} and {kategori}.
 */
@Document("response_templates")
record ResponseTemplate(@Id String id, String status, String category, String title, String text,
                        boolean retired, Instant updatedAt) {
}

package org.footnote.bank;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NameVariantRepository extends JpaRepository<NameVariant, String> {
}

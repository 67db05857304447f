package org.footnote.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class StatementCounterTest extends SpringTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsEachStatementThisThreadIssues() {
        var counted = statements.count(() -> {
            jdbc.queryForObject("select count(*) from app_user", Long.class);
            jdbc.execute("select 1");
            return jdbc.queryForList("select id from app_user where id = ?", Long.class, 0L);
        });

        assertThat(counted.statements()).isEqualTo(3);
        assertThat(counted.result()).isEmpty();
    }

    @Test
    void leavesOutOtherThreads() {
        int here = statements.during(() -> CompletableFuture.runAsync(() -> jdbc.execute("select 1")).join());

        assertThat(here).isZero();
    }
}

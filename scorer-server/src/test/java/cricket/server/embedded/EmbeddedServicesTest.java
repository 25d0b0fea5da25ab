package cricket.server.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServicesTest {
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void aDurableStartFlushesEveryCommitToDisk() throws SQLException {
        try (EmbeddedServices services = EmbeddedServices.start(data, true)) {
            assertThat(setting(services, "fsync")).isEqualTo("on");
            assertThat(setting(services, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(services, "full_page_writes")).isEqualTo("on");
        }
    }

    private static String setting(EmbeddedServices services, String name) throws SQLException {
        try (Connection c = services.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

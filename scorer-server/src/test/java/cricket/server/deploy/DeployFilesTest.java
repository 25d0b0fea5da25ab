package cricket.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, the Dockerfile and nginx.conf cannot be run on these machines (no Docker): this checks that
 * they parse and say what docs/deploy.md promises. It does not build the image or start the stack.
 */
class DeployFilesTest {
    static final Path ROOT = Path.of("..");
    static Map<String, Object> compose;
    static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as(key).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @Test
    void theStackHasEveryServiceWithAHealthCheckAndNamedVolumes() {
        assertThat(services).containsKeys("postgres", "redis", "migrate", "server-1", "server-2", "nginx", "pgadmin");
        for (String name : List.of("postgres", "redis", "server-1", "server-2", "nginx")) {
            assertThat(map(service(name), "healthcheck")).as(name).containsKey("test");
        }
        assertThat(service("postgres").get("image")).isEqualTo("postgres:16");
        assertThat(map(service("postgres"), "healthcheck").get("test").toString())
                .contains("pg_isready");
        assertThat(service("redis").get("image")).isEqualTo("redis:7");
        assertThat(service("redis").get("command").toString()).contains("--requirepass");
        assertThat(service("pgadmin").get("ports")).isEqualTo(List.of("127.0.0.1:5051:80"));
        assertThat(map(service("pgadmin"), "environment"))
                .containsKeys("PGADMIN_DEFAULT_EMAIL", "PGADMIN_DEFAULT_PASSWORD");
        assertThat(map(compose, "volumes")).containsKeys("postgres-data", "redis-data", "pgadmin-data");
        assertThat(service("postgres").get("volumes").toString()).contains("postgres-data:");
    }

    @Test
    void bothServersGetTheVariablesServeReadsAndWaitForHealthyDependenciesAndTheMigration() {
        for (String name : List.of("server-1", "server-2")) {
            Map<String, Object> server = service(name);
            Map<String, Object> env = map(server, "environment");
            assertThat(env.get("DATABASE_URL").toString())
                    .startsWith("postgres://cricket:")
                    .endsWith("@postgres:5432/cricket");
            assertThat(env.get("REDIS_URL").toString()).startsWith("redis://:").endsWith("@redis:6379");
            assertThat(server.get("command")).isEqualTo(List.of("serve"));
            Map<String, Object> dependsOn = map(server, "depends_on");
            assertThat(map(dependsOn, "postgres").get("condition")).isEqualTo("service_healthy");
            assertThat(map(dependsOn, "redis").get("condition")).isEqualTo("service_healthy");
            assertThat(map(dependsOn, "migrate").get("condition")).isEqualTo("service_completed_successfully");
        }
        assertThat(service("migrate").get("command")).isEqualTo(List.of("migrate"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyNginxIsPublishedOnEveryInterfaceAndTheDatabaseConsolesOnLoopbackOnly() {
        for (var entry : services.entrySet()) {
            Object ports = ((Map<String, Object>) entry.getValue()).get("ports");
            if (ports == null || entry.getKey().equals("nginx")) {
                continue;
            }
            assertThat((List<String>) ports)
                    .as(entry.getKey())
                    .allSatisfy(p -> assertThat(p).startsWith("127.0.0.1:"));
        }
        assertThat(service("postgres").get("ports").toString())
                .contains("127.0.0.1:")
                .endsWith(":5432]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServersTrustOnlyNginxsForwardedForAndNeedAMetricsToken() throws IOException {
        Map<String, Object> nginxNet = map(map(service("nginx"), "networks"), "default");
        String nginxAddress = nginxNet.get("ipv4_address").toString();
        List<Map<String, Object>> subnets = (List<Map<String, Object>>)
                map(map(map(compose, "networks"), "default"), "ipam").get("config");
        String subnet = subnets.get(0).get("subnet").toString();
        assertThat(cricket.server.account.TrustedProxies.parse(subnet).toString())
                .isEqualTo(subnet);
        assertThat(nginxAddress).startsWith(subnet.substring(0, subnet.indexOf(".0.")));
        for (String name : List.of("server-1", "server-2")) {
            Map<String, Object> env = map(service(name), "environment");
            assertThat(env.get("TRUSTED_PROXIES")).as(name).isEqualTo(nginxAddress);
            assertThat(env.get("METRICS_TOKEN").toString()).as(name).contains("METRICS_TOKEN:?");
            assertThat(env).containsKeys("PUBLIC_READ_PERMITS", "PUBLIC_READ_WAIT_MS");
        }
        String nginx = renderedForCompose(Files.readString(ROOT.resolve("deploy/nginx.conf.template")));
        assertThat(nginx).contains("location = /metrics {").contains("X-Forwarded-For");
        String metricsBlock = nginx.substring(nginx.indexOf("location = /metrics {"));
        assertThat(metricsBlock.substring(0, metricsBlock.indexOf('}'))).contains("return 404;");
        assertThat(Files.readString(ROOT.resolve("deploy/env.example"))).contains("METRICS_TOKEN=");
        String guide = Files.readString(ROOT.resolve("docs/deploy.md"));
        assertThat(guide)
                .contains("## TLS in front of nginx")
                .contains("TRUSTED_PROXIES")
                .contains("METRICS_TOKEN");
    }

    @Test
    void nginxBalancesBothServersAndDoesNotBufferTheStream() throws IOException {
        String nginx = renderedForCompose(Files.readString(ROOT.resolve("deploy/nginx.conf.template")));
        assertThat(nginx).contains("server server-1:8080").contains("server server-2:8080");
        int stream = nginx.indexOf("/stream");
        assertThat(stream).isPositive();
        assertThat(nginx.substring(stream)).contains("proxy_buffering off");
        // The shared cache (what the servers mark public) with one request per URL through; never for the stream.
        assertThat(nginx)
                .contains("proxy_cache_path ")
                .contains("proxy_cache cricket;")
                .contains("proxy_cache_lock on;");
        String streamBlock = nginx.substring(stream, nginx.indexOf('}', stream));
        assertThat(streamBlock).contains("proxy_cache off;");
        assertThat(service("nginx").get("volumes").toString())
                .contains("./deploy/nginx.conf.template:/etc/nginx/templates/default.conf.template");
        assertThat(nginx.chars().filter(c -> c == '{').count())
                .isEqualTo(nginx.chars().filter(c -> c == '}').count());
    }

    /**
     * The template as the nginx image renders it from the compose file's environment: every placeholder must be
     * set there (an unset one would be left in the file and nginx would refuse to start).
     */
    @SuppressWarnings("unchecked")
    static String renderedForCompose(String template) {
        Map<String, Object> environment = (Map<String, Object>) service("nginx").get("environment");
        java.util.regex.Matcher placeholder =
                java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            assertThat(environment)
                    .as("compose sets %s for the nginx template", name)
                    .containsKey(name);
            placeholder.appendReplacement(
                    rendered, java.util.regex.Matcher.quoteReplacement(String.valueOf(environment.get(name))));
        }
        placeholder.appendTail(rendered);
        return rendered.toString();
    }

    @Test
    void theImageIsMultiStageNonRootWithAHealthCheckAndServesByDefault() throws IOException {
        String docker = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(docker)
                .contains("FROM maven:3.9-eclipse-temurin-17 AS build")
                .contains("FROM eclipse-temurin:17-jre")
                .contains("USER cricket")
                .contains("HEALTHCHECK")
                .contains("/health")
                .contains("CMD [\"serve\"]")
                .contains("cricket.server.Main");
        // The class path the image runs must be what the build leaves in target/.
        assertThat(docker).contains("scorer-server/target/lib/").contains("scorer-server/target/classes/");
    }
}

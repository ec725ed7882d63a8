# Charter training worker, CPU. Build the worker first, then the image, from the repository root:
#   mvn -B -pl gpu-workers -am package -DskipTests
#   docker build -f docker/worker-cpu.Dockerfile -t charter-worker-cpu:0.1.0 .
# The server (or a Kubernetes Job) starts it with the worker protocol's environment
# (docs/worker-protocol.md): CHARTER_SERVER_URL, CHARTER_JOB_ID, CHARTER_JOB_ATTEMPT,
# CHARTER_JOB_TOKEN, AWS_ENDPOINT_URL_S3, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, CHARTER_S3_BUCKET.
FROM eclipse-temurin:17.0.15_6-jre-jammy

RUN groupadd --system --gid 10001 charter \
 && useradd --system --uid 10001 --gid charter --home-dir /var/lib/charter-worker --create-home charter \
 && mkdir -p /var/cache/charter-worker \
 && chown 10001:10001 /var/cache/charter-worker

WORKDIR /opt/charter
# The jar's manifest puts lib/*.jar on its class path; lib/ holds PyTorch's CPU natives
# (pytorch-native-cpu), which DJL unpacks into the cache below on first use: nothing is downloaded.
COPY --chown=10001:10001 gpu-workers/target/lib/ /opt/charter/lib/
COPY --chown=10001:10001 gpu-workers/target/charter-gpu-workers-*.jar /opt/charter/charter-worker.jar

# CHARTER_WORKER_CACHE: where the worker points DJL_CACHE_DIR/ENGINE_CACHE_DIR (<cache>/djl) and
# JavaCPP (<cache>/javacpp). DJL_OFFLINE/OPT_OUT_TRACKING: never download, no telemetry probe.
# OMP_WAIT_POLICY=PASSIVE: OpenMP threads of DJL and XGBoost do not spin-wait.
ENV CHARTER_WORKER_CACHE=/var/cache/charter-worker \
    DJL_OFFLINE=true \
    OPT_OUT_TRACKING=true \
    OMP_WAIT_POLICY=PASSIVE

USER 10001:10001
VOLUME ["/var/cache/charter-worker"]
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=75", "-jar", "/opt/charter/charter-worker.jar"]

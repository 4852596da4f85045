"""Model hub hosting platform: the first design, before any security review.

Our public model hub lets anyone sign up, create repositories and upload model files
(PyTorch checkpoints, safetensors, GGUF, ONNX) and datasets; anyone can browse the hub
and download public files, which a CDN serves from our object storage. Organisations
keep private repositories that only their members can read. Owners can launch a hosted
inference demo for a repository: the demo orchestrator builds a container from the
owner's demo script and requirements (installed from the public package index) and
runs it with the repository's model on our shared GPU cluster, behind a public demo URL.
A scanning job checks each upload for malware and dangerous pickle imports before the
repository is listed, and trust-and-safety staff review what it flags. Controls: login
and access tokens on the hub API, organisation roles for private repos, per-token rate
limits, encrypted object storage, one Kubernetes pod per demo, and a per-demo queue.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Model hub hosting platform",
    profile=tg.RiskProfile.HIGH,
    description="Public hub for uploading, sharing and downloading models and datasets, "
    "with hosted inference demos on a shared GPU cluster.",
)

# ---------------------------------------------------------------- data assets
model_files = tg.Data(
    "Uploaded model files",
    format="unknown",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Any format the uploader chooses (pickle checkpoints, safetensors, GGUF, "
    "ONNX), in public and private repositories.",
)
dataset_files = tg.Data(
    "Uploaded datasets",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="CSV, Parquet, JSONL and archives, in public and private repositories.",
)
public_files = tg.Data(
    "Public repository files",
    format="unknown",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Model and dataset files of listed public repositories, as downloaded.",
)
private_files = tg.Data(
    "Private repository files",
    format="unknown",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
repo_metadata = tg.Data(
    "Repository metadata",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Model cards, file lists and digests, visibility, organisation membership "
    "and scan status.",
)
accounts = tg.Data(
    "User accounts and access tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail addresses, password hashes and hashed API access tokens.",
)
access_token = tg.Data("Access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
download_request = tg.Data("Download request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
scan_verdict = tg.Data("Scan verdict", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
takedown = tg.Data("Moderation decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
demo_spec = tg.Data(
    "Demo definition",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The owner's app script, requirements file and hardware choice.",
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
demo_image = tg.Data("Demo container image", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
demo_input = tg.Data("Demo input", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
demo_output = tg.Data("Demo output", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who signs up: uploads models and datasets, owns repos, launches demos,
    # and may belong to an organisation with private repositories.
    member = tm.add(tg.Actor("Registered user", role="uploader and organisation member"))
    # Anyone on the internet: browses the hub, downloads public files, tries demos.
    visitor = tm.add(tg.Actor("Anonymous visitor", role="visitor"))
    # The public Python package index the demo builds install requirements from.
    package_index = tm.add(
        tg.ExternalService("Public package index", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("CDN provider", trust=tg.Trust.PARTNER):
    # Caches and serves public repository files close to downloaders.
    cdn = tm.add(tg.ExternalService("Download CDN"))

with tm.boundary("Platform VPC", trust=tg.Trust.INTERNAL):
    # Website and API: accounts, repositories, uploads, private downloads, demo launch,
    # and the moderation console.
    hub_api = tm.add(
        tg.Endpoint(
            "Hub web and API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password or OAuth login; user access tokens"),
                c.RBAC(note="organisation roles gate private repositories"),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # Object storage for every repository file, public and private, in one bucket.
    repo_storage = tm.add(
        tg.ModelRegistry(
            "Repository object storage",
            stores={model_files, dataset_files},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Postgres: accounts, tokens, repository metadata and scan status.
    metadata_db = tm.add(tg.DataStore("Hub metadata database", stores={repo_metadata, accounts}))
    # Checks each upload before its repository is listed publicly.
    scanner = tm.add(
        tg.Pipeline(
            "Upload scanning job",
            stage=tg.Stage.INGESTION,
            controls={c.VulnerabilityScanning(note="antivirus plus a pickle import scanner")},
        )
    )
    # Schedules demo builds and pods on the GPU cluster.
    orchestrator = tm.add(tg.Service("Demo orchestrator"))
    # Builds the demo container from the owner's script and requirements.
    image_builder = tm.add(
        tg.Pipeline(
            "Demo image builder",
            stage=tg.Stage.DEPLOYMENT,
            third_party_packages=True,
        )
    )

with tm.boundary("GPU cluster", trust=tg.Trust.INTERNAL):
    # Public URL for each demo; queues requests to the demo's pod.
    demo_gateway = tm.add(
        tg.Endpoint(
            "Demo gateway",
            controls={c.RateLimiting(note="per-demo request queue with a concurrency cap")},
        )
    )
    # The uploaded model running inside the owner's demo container on a shared GPU node.
    demo_model = tm.add(
        tg.Model(
            "Hosted demo model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            controls={c.InferenceIsolation(note="one Kubernetes pod per demo; GPU nodes shared")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who review flagged uploads and take repositories down.
    trust_safety = tm.add(tg.Actor("Trust and safety staff", role="moderator", privileged=True))

# ---------------------------------------------------------------- flows
# accounts, uploads and private downloads
tm.flow(member, hub_api, access_token, model_files, dataset_files, protocol="https", label="upload")
tm.flow(
    hub_api,
    member,
    private_files,
    repo_metadata,
    protocol="https",
    label="browse and private download",
)
tm.flow(visitor, hub_api, download_request, protocol="https", label="browse")
tm.flow(hub_api, visitor, repo_metadata, protocol="https", label="repository pages")
tm.flow(hub_api, repo_storage, model_files, dataset_files)
tm.flow(repo_storage, hub_api, private_files)
tm.flow(hub_api, metadata_db, repo_metadata, accounts)
tm.flow(metadata_db, hub_api, repo_metadata, accounts)

# scanning and moderation
tm.flow(repo_storage, scanner, model_files, dataset_files)
tm.flow(scanner, metadata_db, scan_verdict, label="list or hold")
tm.flow(
    hub_api, trust_safety, scan_verdict, repo_metadata, protocol="https", label="flagged uploads"
)
tm.flow(trust_safety, hub_api, takedown, protocol="https")

# public downloads
tm.flow(visitor, cdn, download_request, protocol="https")
tm.flow(cdn, visitor, public_files, protocol="https")
tm.flow(member, cdn, download_request, protocol="https")
tm.flow(cdn, member, public_files, protocol="https")
tm.flow(repo_storage, cdn, public_files, protocol="https", label="origin pull")

# hosted demos
tm.flow(member, hub_api, demo_spec, protocol="https", label="launch demo")
tm.flow(hub_api, orchestrator, demo_spec)
tm.flow(orchestrator, image_builder, demo_spec)
tm.flow(package_index, image_builder, packages, protocol="https")
tm.flow(image_builder, orchestrator, demo_image)
tm.flow(orchestrator, demo_model, demo_image, label="deploy pod")
tm.flow(repo_storage, demo_model, model_files, label="load weights")
tm.flow(visitor, demo_gateway, demo_input, protocol="https")
tm.flow(demo_gateway, visitor, demo_output, protocol="https")
tm.flow(member, demo_gateway, demo_input, protocol="https")
tm.flow(demo_gateway, member, demo_output, protocol="https")
tm.flow(demo_gateway, demo_model, demo_input)
tm.flow(demo_model, demo_gateway, demo_output)

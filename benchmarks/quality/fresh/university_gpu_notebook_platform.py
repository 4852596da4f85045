"""University GPU notebook platform: the first design, before any security review.

Research computing runs JupyterHub on the campus GPU cluster for students, staff
and visiting researchers, who sign in with campus SSO from anywhere. Each user
gets a notebook container on a shared GPU node, built from a community image,
with open internet access: users pip-install packages, download pretrained
models from public model hubs and pull public datasets. Lab datasets and
training checkpoints live on the cluster's shared file system, in per-lab
directories with nightly snapshots. Finished models are published from notebooks
to an internal MLflow model registry, which other labs download from and which
the IT department's campus chatbot loads its fine-tuned model from. Controls in
the design: SSO on the hub, the registry and the chatbot, POSIX group
permissions on the file system, registry version numbers, and a per-user quota
on the chatbot.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University GPU notebook platform",
    profile=tg.RiskProfile.LOW,
    description="Shared JupyterHub on a GPU cluster, with a model registry that other labs and a campus chatbot use.",
)

# ---------------------------------------------------------------- data assets
sso_token = tg.Data("Campus SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
notebook_code = tg.Data(
    "Notebook code and commands", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
notebook_output = tg.Data("Notebook output", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
platform_config = tg.Data(
    "Hub and image configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
container_image = tg.Data(
    "Notebook container image", kind="code", sensitivity=tg.Sensitivity.PUBLIC
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
pretrained = tg.Data(
    "Pretrained model weights",
    format="unknown",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Whatever the user downloads: safetensors, PyTorch .bin files, custom code.",
)
public_data = tg.Data("Public datasets", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC)
lab_data = tg.Data(
    "Lab research datasets",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Some labs hold human-subjects data under IRB protocols.",
)
checkpoints = tg.Data(
    "Training checkpoints",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="torch.save checkpoints written during training runs.",
)
published_model = tg.Data(
    "Published model",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="MLflow model versions (pyfunc/PyTorch flavours).",
)
chat_question = tg.Data("Chatbot question", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students, staff and visiting researchers, connecting from home, labs or eduroam.
    researcher = tm.add(tg.Actor("Student or researcher", role="platform user"))
    # Students and staff who ask the campus chatbot questions.
    chat_user = tm.add(tg.Actor("Chatbot user", role="student or staff"))
    # Hugging Face and similar hubs: pretrained weights, some with custom loading code.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))
    # PyPI and conda-forge, installed from inside notebooks without restriction.
    package_index = tm.add(
        tg.ExternalService("Public package indexes", provides="package-registry")
    )
    # Community Jupyter images (Docker Hub) the notebook containers are built from.
    image_registry = tm.add(
        tg.ExternalService("Public container registry", provides="container-registry")
    )
    # Benchmark and open datasets downloaded by users.
    dataset_sites = tm.add(
        tg.DataSource(
            "Public dataset sites", origin=tg.Origin.PUBLIC_DATASET, provides={public_data}
        )
    )

with tm.boundary("Campus identity", trust=tg.Trust.PARTNER):
    # The university's central SSO, run by central IT.
    campus_sso = tm.add(tg.ExternalService("Campus SSO", provides="identity-provider"))

with tm.boundary("Research computing cluster", trust=tg.Trust.INTERNAL):
    # Front door: spawns and proxies each user's notebook server.
    hub = tm.add(
        tg.Endpoint(
            "JupyterHub",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="campus SSO (OIDC) with MFA")},
        )
    )
    # One container per user on shared GPU nodes; runs arbitrary user code and training.
    notebooks = tm.add(
        tg.Pipeline(
            "Notebook servers on GPU nodes",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Users have a shell and pip; containers share nodes and the file system mount.",
        )
    )
    # Shared storage for lab datasets, code and checkpoints.
    shared_fs = tm.add(
        tg.DataStore(
            "Shared cluster file system",
            stores={lab_data, checkpoints, notebook_code},
            controls={
                c.RBAC(note="POSIX groups per lab"),
                c.DataVersioning(note="nightly snapshots kept 14 days"),
            },
        )
    )
    # Internal MLflow registry where labs publish models for others to reuse.
    registry = tm.add(
        tg.ModelRegistry(
            "Campus model registry",
            stores={published_model},
            controls={
                c.Authentication(method="campus SSO tokens"),
                c.ModelVersioning(),
            },
        )
    )
    # Research computing staff who run the platform.
    admin = tm.add(
        tg.Actor("Platform administrator", role="research computing staff", privileged=True)
    )

with tm.boundary("Campus IT services", trust=tg.Trust.INTERNAL):
    # Researchers in other labs who download published models.
    other_lab = tm.add(tg.Actor("Researcher in another lab", role="model consumer"))
    # The campus chatbot's API, run by central IT.
    chatbot = tm.add(
        tg.Endpoint(
            "Campus chatbot",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                c.Authentication(method="campus SSO"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Fine-tuned on the platform and loaded from the registry by version number.
    chatbot_model = tm.add(tg.LLM("Chatbot model", origin=tg.ModelOrigin.IN_HOUSE))

# ---------------------------------------------------------------- flows
# sign-in and interactive use
tm.flow(researcher, campus_sso, sso_token, protocol="https", label="login")
tm.flow(campus_sso, hub, sso_token, protocol="https", label="OIDC callback")
tm.flow(researcher, hub, notebook_code, protocol="https")
tm.flow(hub, notebooks, notebook_code, protocol="http", label="proxied kernel traffic")
tm.flow(notebooks, hub, notebook_output, protocol="http")
tm.flow(hub, researcher, notebook_output, protocol="https")
tm.flow(admin, hub, platform_config, protocol="ssh")

# what notebooks pull from outside
tm.flow(image_registry, notebooks, container_image, protocol="https")
tm.flow(package_index, notebooks, packages, protocol="https")
tm.flow(model_hub, notebooks, pretrained, protocol="https")
tm.flow(dataset_sites, notebooks, public_data, protocol="https")

# shared storage
tm.flow(researcher, shared_fs, lab_data, protocol="sftp", label="data transfer node upload")
tm.flow(shared_fs, notebooks, lab_data, checkpoints, notebook_code, protocol="nfs")
tm.flow(notebooks, shared_fs, checkpoints, notebook_code, lab_data, protocol="nfs")

# publishing and reuse
tm.flow(notebooks, registry, published_model, protocol="https", label="mlflow log_model")
tm.flow(registry, notebooks, published_model, protocol="https", label="load a published model")
tm.flow(registry, other_lab, published_model, protocol="https")
tm.flow(registry, chatbot_model, published_model, protocol="https", label="load pinned version")

# campus chatbot
tm.flow(chat_user, chatbot, chat_question, protocol="https")
tm.flow(chatbot, chatbot_model, chat_question)
tm.flow(chatbot_model, chatbot, chat_answer)
tm.flow(chatbot, chat_user, chat_answer, protocol="https")

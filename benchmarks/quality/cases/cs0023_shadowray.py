"""AML.CS0023 ShadowRay.

The victim: an organisation's Ray cluster running production AI workloads. Ray's
dashboard and Jobs API accept jobs that run arbitrary code on the cluster, without
authentication, and the workloads hold models, data and the credentials they use for
Hugging Face, OpenAI and cloud services.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=code on "Ray job": "use the Jobs API to invoke jobs ... anyone with network access to
  the cluster can execute arbitrary code remotely".
- kind=model-artifact on "Production models": "collect AI artifacts including production
  models"; "replace the victim organization's models with malicious variants".
- kind=credentials on "Credentials": "SSH keys, OpenAI tokens, HuggingFace tokens, Stripe
  tokens, cloud environment keys ... Kubernetes secrets".
- internet_facing=True on "Ray Jobs API": "the default configuration may expose the cluster to
  the internet"; "Ray dashboards, by default, run on all network interfaces".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0023"
NAME = "ShadowRay"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # Production AI workloads on costly GPU compute, holding payment (Stripe) and
        # cloud credentials.
        profile=tg.RiskProfile.HIGH,
        description="A Ray cluster for production AI workflows.",
    )
    job = tg.Data(
        "Ray job",
        sensitivity=tg.Sensitivity.INTERNAL,
        description="Code to run.",
        kind=tg.DataKind.CODE,
    )
    job_logs = tg.Data("Job status and logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    models = tg.Data(
        "Production models",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.MODEL_ARTIFACT,
    )
    data = tg.Data("Production data", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    credentials = tg.Data(
        "Credentials",
        sensitivity=tg.Sensitivity.SECRET,
        kind=tg.DataKind.CREDENTIALS,
        description="SSH keys, OpenAI, Hugging Face and Stripe tokens, cloud keys, "
        "Kubernetes secrets.",
    )
    api_calls = tg.Data("API calls", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    outbound = tg.Data("Outbound traffic", sensitivity=tg.Sensitivity.CONFIDENTIAL)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "the default configuration may expose the cluster to the internet"; "Ray
        # dashboards, by default, run on all network interfaces"
        # DSL gap: a component reachable from the internet only because of a default
        # configuration (binding to all interfaces) cannot be said; modelled as an
        # ordinary flow from anyone on the internet to the Jobs API.
        anyone = tm.add(tg.Actor("Anyone on the network", role="any network client"))
        # The workloads reach services on the internet (Hugging Face, OpenAI, clouds),
        # so the cluster has outbound internet access.
        internet = tm.add(tg.ExternalService("Internet hosts"))
        # "HuggingFace tokens could allow the adversary to replace the victim
        # organization's models"
        hf_hub = tm.add(
            tg.ExternalService("Hugging Face Hub", provides=tg.ExternalCategory.MODEL_HUB)
        )

    with tm.boundary("Cloud and API providers", trust=tg.Trust.PARTNER):
        # "OpenAI tokens"
        openai = tm.add(tg.ExternalService("OpenAI API", provides=tg.ExternalCategory.MODEL_API))
        # "cloud environment keys (AWS, GCP, Azure, Lambda Labs)", "Stripe tokens"
        cloud = tm.add(tg.ExternalService("Cloud and payment APIs"))

    with tm.boundary("Organisation network", trust=tg.Trust.INTERNAL):
        engineer = tm.add(tg.Actor("ML engineer", role="engineer", privileged=True))
        # "Ray's Job API allows for arbitrary remote execution by design. However, it
        # does not offer authentication"
        jobs_api = tm.add(
            tg.Endpoint(
                "Ray Jobs API",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                description="Served by the Ray dashboard; submits jobs to the cluster.",
            )
        )
        # "Ray is an open-source Python framework for scaling production AI workflows"
        cluster = tm.add(
            tg.Service(
                "Ray cluster nodes",
                description="Head and worker nodes running jobs and production workloads.",
            )
        )
        # "production models and data"
        model = tm.add(tg.Model("Production model", description="Served on the Ray cluster."))
        # "unsecured credentials stored in the cluster"
        # DSL gap: credentials kept in the cluster's environment and files, readable by
        # any job, cannot be told apart from a dedicated store; modelled as a data store
        # on the cluster holding secret data.
        storage = tm.add(tg.DataStore("Cluster storage", stores={models, data, credentials}))

    tm.flow(engineer, jobs_api, job, label="job submission")
    tm.flow(jobs_api, engineer, job_logs)
    tm.flow(anyone, jobs_api, job, label="job submission")
    tm.flow(jobs_api, anyone, job_logs)
    tm.flow(jobs_api, cluster, job)
    tm.flow(cluster, jobs_api, job_logs)
    tm.flow(storage, cluster, models, data, credentials)
    tm.flow(cluster, storage, models, data)
    tm.flow(cluster, model, data, label="inference and training")
    tm.flow(model, cluster, data)
    tm.flow(hf_hub, cluster, models, protocol="https")
    tm.flow(cluster, hf_hub, models, credentials, protocol="https", label="push with HF token")
    tm.flow(cluster, openai, api_calls, credentials, protocol="https")
    tm.flow(cluster, cloud, api_calls, credentials, protocol="https")
    tm.flow(cluster, internet, outbound)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "use the Jobs API to invoke jobs onto accessible clusters"
    2: ("ray-jobs-api", "anyone-on-the-network->ray-jobs-api"),
    # "collect AI artifacts including production models and data"
    3: ("cluster-storage", "cluster-storage->ray-cluster-nodes"),
    # "collect unsecured credentials stored in the cluster"
    4: ("cluster-storage", "cluster-storage->ray-cluster-nodes"),
    # "exfiltrated via cyber means ... evidence of reverse shells"
    5: ("ray-cluster-nodes->internet-hosts", "ray-jobs-api->anyone-on-the-network"),
    # "HuggingFace tokens could allow the adversary to replace the victim
    # organization's models"
    6: ("hugging-face-hub", "hugging-face-hub->ray-cluster-nodes"),
}

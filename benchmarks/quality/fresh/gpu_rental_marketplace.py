"""GPU rental marketplace: the first design, before any security review.

Customers sign up in our console or API, submit jobs that name a container
image, a GPU count and the object-storage buckets to mount, and pay per second
of GPU time. A scheduler in our control plane places each job on a shared GPU
host, where a node agent pulls the image from a public registry and starts the
customer's container; containers may download model weights from public model
hubs and read and write the customer's own object storage with the keys the
customer gave us. Inference containers can be exposed to the internet through
our ingress gateway. Node agents report usage every second to a metering
service, which writes the billing database and charges cards via a payment
provider. Controls in this design: console login and API keys, mTLS between
the control plane and the nodes, KMS encryption of the account and billing
databases, and whole GPUs pinned to one tenant at a time.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "GPU rental marketplace",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Per-second GPU rental on shared hosts for customer training and inference containers.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data(
    "Customer login and API key",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
)
account = tg.Data(
    "Customer account records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, organisation, billing address, payment-method token.",
)
job_spec = tg.Data(
    "Job specification",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Image reference, GPU count, command, environment variables and bucket mounts.",
)
storage_keys = tg.Data(
    "Customer storage credentials",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Access keys the customer registers so their buckets can be mounted.",
)
image = tg.Data(
    "Container image",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="code",
    description="Public or customer-built images; customers choose the tag.",
)
hub_weights = tg.Data(
    "Public model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="unknown",
    description="Whatever checkpoints the customer's code downloads from model hubs.",
)
datasets = tg.Data(
    "Customer training data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
checkpoints = tg.Data(
    "Customer model checkpoints",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
infer_request = tg.Data("Inference request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
infer_response = tg.Data(
    "Inference response", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
container_logs = tg.Data("Container logs", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")
usage = tg.Data(
    "Per-second usage records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
invoice = tg.Data("Invoices and balances", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
charge = tg.Data("Charge request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a card can sign up and run arbitrary code on our GPUs.
    customer = tm.add(tg.Actor("Customer", role="developer renting GPUs"))
    # The customers' own users, calling their public inference endpoints.
    end_user = tm.add(tg.Actor("Inference caller", role="customer's end user"))
    # Docker Hub, GHCR and similar: where job images come from.
    registry = tm.add(
        tg.ExternalService(
            "Public container registry", provides=tg.ExternalCategory.CONTAINER_REGISTRY
        )
    )
    # Hugging Face and similar: where customer code pulls weights from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Customer cloud accounts", trust=tg.Trust.UNTRUSTED):
    # The customer's own S3-compatible buckets, mounted into their containers.
    bucket = tm.add(tg.DataStore("Customer object storage", stores={datasets, checkpoints}))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the cards; we only keep its tokens.
    payments = tm.add(tg.ExternalService("Payment processor"))

with tm.boundary("Control plane", trust=tg.Trust.INTERNAL):
    # Web console and REST API for sign-up, job submission, logs and invoices.
    console = tm.add(
        tg.Endpoint(
            "Console and job API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password, API keys")},
        )
    )
    # Decides which host and GPUs each job gets.
    scheduler = tm.add(tg.Service("Job scheduler"))
    # Turns node usage reports into per-second charges.
    metering = tm.add(tg.Service("Usage metering"))

    with tm.boundary("Platform databases", trust=tg.Trust.RESTRICTED):
        # Accounts and the storage keys customers register for mounts.
        account_db = tm.add(
            tg.DataStore(
                "Account database",
                stores={account, login, storage_keys},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Usage, balances and invoices.
        billing_db = tm.add(
            tg.DataStore(
                "Billing database",
                stores={usage, invoice},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("GPU host fleet", trust=tg.Trust.INTERNAL):
    # Public entry point that routes traffic to customers' inference containers.
    ingress = tm.add(
        tg.Endpoint(
            "Inference ingress gateway", purpose=tg.EndpointPurpose.INFERENCE, internet_facing=True
        )
    )
    # Runs on every shared host: pulls images, starts containers, mounts buckets, reports usage.
    node_agent = tm.add(tg.Service("Host node agent"))

    with tm.boundary("Tenant containers", trust=tg.Trust.UNTRUSTED):
        # Customer training containers: customer code with its own packages, on our GPUs.
        training = tm.add(
            tg.Pipeline(
                "Customer training container",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.InferenceIsolation(
                        note="whole GPUs per tenant; containers share the host kernel"
                    )
                },
            )
        )
        # Customer inference containers serving whatever model the customer loads.
        inference = tm.add(
            tg.Model(
                "Customer inference server",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                controls={
                    c.InferenceIsolation(
                        note="whole GPUs per tenant; containers share the host kernel"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(customer, console, login, job_spec, storage_keys, protocol="https")
tm.flow(console, customer, container_logs, invoice, protocol="https")
tm.flow(console, account_db, account, login, storage_keys)
tm.flow(account_db, console, account)
tm.flow(console, scheduler, job_spec)
tm.flow(scheduler, console, job_spec, label="job status")
tm.flow(account_db, scheduler, storage_keys)
tm.flow(scheduler, node_agent, job_spec, storage_keys, protocol="mtls", label="placement")
tm.flow(node_agent, scheduler, usage, protocol="mtls", label="node and job status")

tm.flow(registry, node_agent, image, protocol="https", label="image pull")
tm.flow(node_agent, training, image, storage_keys, protocol="local", label="start container")
tm.flow(node_agent, inference, image, storage_keys, protocol="local", label="start container")
tm.flow(training, node_agent, container_logs, protocol="local")
tm.flow(inference, node_agent, container_logs, protocol="local")
tm.flow(node_agent, console, container_logs, protocol="mtls")

tm.flow(hub, training, hub_weights, protocol="https")
tm.flow(hub, inference, hub_weights, protocol="https")
tm.flow(bucket, training, datasets, checkpoints, protocol="https", label="bucket mount")
tm.flow(training, bucket, checkpoints, protocol="https")
tm.flow(bucket, inference, checkpoints, protocol="https")

tm.flow(end_user, ingress, infer_request, protocol="https")
tm.flow(ingress, inference, infer_request, protocol="http")
tm.flow(inference, ingress, infer_response, protocol="http")
tm.flow(ingress, end_user, infer_response, protocol="https")

tm.flow(node_agent, metering, usage, protocol="mtls")
tm.flow(metering, billing_db, usage, invoice)
tm.flow(billing_db, console, invoice)
tm.flow(metering, payments, charge, protocol="https")
tm.flow(payments, metering, charge, protocol="https", label="payment result")

"""Taxpayer correspondence triage: the first design, before any security review.

An EU national tax authority receives tens of thousands of taxpayer letters and
e-mails a week. Today clerks read each one to decide which caseworker team gets it;
this system lets an LLM do that first sort. E-mails arrive at the public mailbox
through the authority's mail gateway, paper letters are scanned in the mailroom, and
an intake service turns both into text and archives the originals. A routing service
sends each text to an open-weights LLM, fine-tuned in house on past letters and the
teams that handled them and served on the authority's own GPU cluster, which returns
a topic, an urgency and the taxpayer reference it found. The routing service checks
the reference against the taxpayer register and files a case in the team's queue in
the case management system; output it cannot use goes to a central triage queue.
Caseworkers re-route misfiled cases, and their corrections feed the next fine-tuning.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Taxpayer correspondence triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM classifies incoming taxpayer letters and e-mails by topic and urgency "
        "and routes them to caseworker teams."
    ),
)

# ---------------------------------------------------------------- data assets
emails = tg.Data(
    "Taxpayer e-mails and attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text with tax IDs, income, debts and personal circumstances; PDFs and photos attached.",
)
acknowledgement = tg.Data("Receipt acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
paper_letters = tg.Data("Paper letters", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
scans = tg.Data("Scanned letters", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
originals = tg.Data(
    "Original correspondence",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
letter_text = tg.Data(
    "Letter text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="OCR or e-mail body text with attachment text, plus channel and received date.",
)
prompt = tg.Data(
    "Classification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Topic taxonomy, urgency criteria and the letter text.",
)
classification = tg.Data(
    "Topic, urgency and taxpayer reference",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
taxpayer_ref = tg.Data("Taxpayer reference lookup", kind="records", sensitivity=tg.Sensitivity.PII)
register_entry = tg.Data(
    "Taxpayer register entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, tax office, open assessments and enforcement flags.",
)
routed_case = tg.Data(
    "Routed correspondence case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
corrections = tg.Data("Routing corrections", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL)
training_letters = tg.Data(
    "Labelled historical letters",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Three years of letter text with the team that finally handled each one.",
)
base_weights = tg.Data(
    "Base model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
tuned_weights = tg.Data(
    "Fine-tuned classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
tuning_config = tg.Data("Fine-tuning configuration", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Individuals, businesses and their tax advisers writing to the authority.
    taxpayer = tm.add(tg.Actor("Taxpayer", role="taxpayer or tax adviser"))
    # Where the open-weights base model is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Tax authority DMZ", trust=tg.Trust.INTERNAL):
    # Receives mail for the public mailbox and sends the automatic acknowledgement.
    gateway = tm.add(
        tg.Service(
            "Mail gateway",
            controls={
                tg.controls.InputValidation(
                    note="spam and malware filtering, attachment type and size allowlist"
                )
            },
        )
    )

with tm.boundary("Central mailroom", trust=tg.Trust.INTERNAL):
    # Production scanners that turn opened paper post into PDFs.
    scanner = tm.add(tg.Device("Mailroom scanner", fleet=False))

with tm.boundary("Tax authority data centre", trust=tg.Trust.INTERNAL):
    # Normalises e-mails and scans to text (OCR) and archives the originals.
    intake = tm.add(tg.Service("Correspondence intake service"))
    # Legal record of everything received; kept under tax record-keeping rules.
    archive = tm.add(
        tg.DataStore(
            "Correspondence archive",
            stores={originals},
            controls={
                tg.controls.EncryptionAtRest(key_management="on-premises HSM"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
                tg.controls.RetentionLimits(days=2555, note="7 years"),
            },
        )
    )
    # Builds the prompt, calls the LLM, checks the reference and files the case.
    router = tm.add(
        tg.Service(
            "Routing service",
            controls={
                tg.controls.OutputFiltering(
                    note="the answer must be JSON with a topic and urgency from the taxonomy"
                ),
                tg.controls.FailClosed(
                    fallback="unparseable or low-confidence results go to the central triage queue"
                ),
                tg.controls.AuditLogging(),
            },
        )
    )
    # System of record for taxpayers: identity, tax office, open cases, enforcement.
    register = tm.add(
        tg.DataStore(
            "Taxpayer register",
            stores={register_entry},
            controls={
                tg.controls.EncryptionAtRest(key_management="on-premises HSM"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Team queues caseworkers work from; also holds their re-routing corrections.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={routed_case, corrections},
            controls={
                tg.controls.Authentication(method="personal government smartcard with PIN"),
                tg.controls.RBAC(note="each team sees its own queue"),
                tg.controls.AuditLogging(),
            },
        )
    )

    with tm.boundary("AI platform", trust=tg.Trust.RESTRICTED):
        # The classifier: an open-weights LLM fine-tuned on past routing, served on-prem.
        llm = tm.add(
            tg.LLM(
                "Letter classification LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="7B instruction model with a LoRA fine-tune; answers in JSON.",
            )
        )
        # Past letters with the team that finally handled them, exported from the CMS.
        dataset = tm.add(
            tg.Dataset(
                "Fine-tuning set",
                purpose=tg.DatasetPurpose.FINE_TUNING,
                stores={training_letters, corrections},
            )
        )
        # Quarterly LoRA fine-tuning job run by the ML team.
        tuning = tm.add(
            tg.Pipeline(
                "Fine-tuning pipeline", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Versions of the fine-tuned model the serving cluster loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={tuned_weights}, controls={tg.controls.ModelVersioning()}
            )
        )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Handle the routed letters and re-route the ones that landed in the wrong queue.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))
    # Prepares the fine-tuning data and runs and releases new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(taxpayer, gateway, emails, protocol="smtp")
tm.flow(gateway, taxpayer, acknowledgement, protocol="smtp")
tm.flow(taxpayer, scanner, paper_letters, label="posted, opened and scanned in the mailroom")
tm.flow(scanner, intake, scans, protocol="smb")
tm.flow(gateway, intake, emails, protocol="smtp", controls={tls})
tm.flow(intake, archive, originals)
tm.flow(intake, router, letter_text, protocol="https", controls={tls})

tm.flow(router, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, router, classification, protocol="https", controls={tls})
tm.flow(router, register, taxpayer_ref, protocol="https", controls={tls})
tm.flow(register, router, register_entry, protocol="https", controls={tls})
tm.flow(router, cms, routed_case, protocol="https", controls={tls})

tm.flow(cms, caseworker, routed_case, protocol="https", controls={tls})
tm.flow(caseworker, cms, corrections, protocol="https", controls={tls}, label="re-routes a case")
tm.flow(
    archive, caseworker, originals, protocol="https", controls={tls}, label="opens the original"
)

tm.flow(cms, dataset, training_letters, corrections, label="quarterly export")
tm.flow(hub, tuning, base_weights, protocol="https")
tm.flow(ml_engineer, tuning, tuning_config)
tm.flow(dataset, tuning, training_letters, corrections)
tm.flow(tuning, registry, tuned_weights)
tm.flow(registry, llm, tuned_weights, label="loaded by the serving cluster")

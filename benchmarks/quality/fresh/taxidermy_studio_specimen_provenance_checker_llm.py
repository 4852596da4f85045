"""Taxidermy studio specimen provenance checker: the first design, before any security review.

A taxidermy studio in the UK takes in dead animals for mounting. Before a specimen is
accepted, the client uploads documents showing its legal origin (CITES permits or
Article 10 certificates, a vet's death certificate, a finder's declaration) through an
upload page on the studio's hosted web app, with the intake details. A check service
extracts the documents' text and asks a hosted LLM to compare them with the protected
species list, which a nightly job syncs from the public CITES checklist; the LLM flags
missing, expired or suspicious permits. The taxidermist reviews the flags and the
documents in a review console and alone decides whether to accept the specimen; the
client is told by e-mail. Every intake, flag and decision is kept in a specimen register
that the studio exports for wildlife authority inspections. Controls in this design: HTTPS
everywhere outside, file type and size checks on upload, the cloud provider's encryption
of stored documents, a password sign-in to the console and an audit history on the register.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Taxidermy specimen provenance checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM check of specimen legal-origin documents; the taxidermist decides intake.",
)

# ---------------------------------------------------------------- data assets
intake = tg.Data(
    "Specimen intake details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client name, address and phone, species claimed, how and where it died.",
)
documents = tg.Data(
    "Provenance documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Scans and photos of CITES permits, vet death certificates, finder declarations.",
)
species_list = tg.Data(
    "Protected species list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="CITES appendices and national schedules, with permit requirements per species.",
)
check_prompt = tg.Data(
    "Provenance check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, extracted document text, intake details and species entries.",
)
completion = tg.Data("LLM check completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
flags = tg.Data(
    "Provenance flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per specimen: documents missing, expired or inconsistent, with the LLM's reasons.",
)
decision = tg.Data(
    "Intake decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.PII)
notice = tg.Data("Client decision notice", kind="records", sensitivity=tg.Sensitivity.PII)
export = tg.Data(
    "Inspection export",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Register extract (intakes, documents, decisions) asked for by an inspector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who brings in a specimen: hunters, estates, collectors, finders of roadkill.
    client = tm.add(tg.Actor("Client", role="customer"))
    # The public CITES checklist download the species list is built from.
    checklist = tm.add(
        tg.DataSource(
            "CITES species checklist",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={species_list},
            description="Published checklist of listed species, downloaded as CSV.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model that reads the documents against the species list.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API, called with the studio's API key.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends decision notices to clients and inspection exports to inspectors.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Wildlife authority", trust=tg.Trust.PARTNER):
    # Inspects the studio's records; receives register exports on request.
    inspector = tm.add(tg.Actor("Wildlife inspector", role="regulator"))

with tm.boundary("Studio cloud app", trust=tg.Trust.INTERNAL):
    # Where clients hand in intake details and documents.
    portal = tm.add(
        tg.Endpoint(
            "Specimen upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.InputValidation(note="PDF, JPEG or PNG only, 20 MB per file")},
        )
    )
    # Keeps the uploaded originals the taxidermist and inspectors may need to see.
    doc_store = tm.add(
        tg.DataStore(
            "Document store",
            stores={documents},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Extracts text from the documents, builds the prompt and records the flags.
    checker = tm.add(
        tg.Service(
            "Provenance check service",
            description="OCR of the uploads, prompt assembly, LLM call, parsing of flags.",
        )
    )
    # Reference data the check compares the documents with.
    species_db = tm.add(tg.DataStore("Species list store", stores={species_list}))
    # Keeps the species list current with the published checklist.
    sync = tm.add(
        tg.Pipeline(
            "Nightly species list sync",
            stage=tg.Stage.INGESTION,
            description="Downloads the checklist and replaces the species table.",
        )
    )
    # The studio's record of every specimen, kept for inspections.
    register = tm.add(
        tg.DataStore(
            "Specimen register",
            stores={intake, flags, decision},
            controls={
                tg.controls.AuditLogging(retention_days=2190, note="change history of every entry")
            },
        )
    )
    # Where the taxidermist sees the flags and documents and records the decision.
    console = tm.add(
        tg.Endpoint(
            "Taxidermist review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.HumanInTheLoop(approver="the taxidermist"),
            },
        )
    )

with tm.boundary("Studio workshop", trust=tg.Trust.INTERNAL):
    # Owner of the studio; the only person who accepts or refuses specimens.
    taxidermist = tm.add(tg.Actor("Taxidermist", role="studio owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, intake, documents, protocol="https")
tm.flow(portal, client, receipt, protocol="https")
tm.flow(portal, doc_store, documents)
tm.flow(portal, register, intake)

tm.flow(checklist, sync, species_list, protocol="https", label="nightly download")
tm.flow(sync, species_db, species_list)

tm.flow(doc_store, checker, documents)
tm.flow(register, checker, intake)
tm.flow(species_db, checker, species_list)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, completion, protocol="https")
tm.flow(checker, register, flags)

tm.flow(register, console, intake, flags)
tm.flow(doc_store, console, documents)
tm.flow(console, taxidermist, intake, flags, documents, protocol="https")
tm.flow(taxidermist, console, decision, protocol="https")
tm.flow(console, register, decision)
tm.flow(console, mailer, notice, protocol="https")
tm.flow(mailer, client, notice, protocol="smtp")

tm.flow(register, console, export, label="inspection export")
tm.flow(console, mailer, export, protocol="https")
tm.flow(mailer, inspector, export, protocol="smtp")

"""Terminology consistency checker: the first design, before any security review.

A Lisbon-based translation agency works with a pool of freelance translators. Before a
job is delivered, the translator presses "Check terminology" in the agency's web
workbench: a check service pulls the source segments, the draft translation and the
client's glossary and style guide, sends them to a hosted LLM and shows the translator
suggested corrections segment by segment, which they accept or reject before delivery.
Clients upload source files, glossaries and style guides through the client portal; an
import job converts glossaries (TBX, Excel) into the terminology store. Project managers
assign jobs and maintain glossaries from the office. Everything runs in the agency's cloud
account; the LLM is a vendor API under a data processing agreement with no training on
customer data. Translators and clients sign in with e-mail and password; staff use the
agency's single sign-on. Traffic is HTTPS and the cloud storage is encrypted by default.
Client documents (contracts, HR files, patient leaflets) often contain personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Translation agency terminology consistency checker",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM check of freelance translators' drafts against client glossaries "
    "and style guides before delivery.",
)

# ---------------------------------------------------------------- data assets
source_docs = tg.Data(
    "Client source documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Files clients send for translation; contracts and HR files name people.",
)
draft = tg.Data(
    "Draft translation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The translator's segment-aligned draft, same content as the source.",
)
delivery = tg.Data(
    "Delivered translation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
glossary_upload = tg.Data(
    "Client glossary and style guide files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="TBX or spreadsheet glossaries and PDF style guides as the client sends them.",
)
glossary = tg.Data(
    "Client glossary and style rules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approved and forbidden terms per client and language pair, and style rules.",
)
check_prompt = tg.Data(
    "Terminology check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, glossary entries that match, style rules, source and draft segments.",
)
llm_answer = tg.Data("LLM correction list", kind="model-output", sensitivity=tg.Sensitivity.PII)
suggestions = tg.Data(
    "Suggested corrections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-segment term and style suggestions with the glossary entry they cite.",
)
decisions = tg.Data(
    "Translator accept and reject decisions", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
check_log = tg.Data(
    "Check history",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Segments checked, suggestions made and the translator's decision on each.",
)
assignment = tg.Data("Job assignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
glossary_edit = tg.Data("Glossary edits", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sign_in = tg.Data("Staff sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelancers work from home on their own machines, anywhere in the world.
    translator = tm.add(tg.Actor("Freelance translator", role="freelance translator"))
    # The client's localisation or legal team sends files and terminology.
    client = tm.add(tg.Actor("Client localisation contact", role="client"))

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Assigns jobs to freelancers and curates each client's glossary.
    pm = tm.add(tg.Actor("Project manager", role="project manager"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The agency's SaaS single sign-on for its own staff.
    idp = tm.add(
        tg.ExternalService("Agency single sign-on", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; it does the actual comparison.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Compares draft segments with the source, the glossary and the style rules.",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # The web CAT workbench freelancers translate in and run the check from.
    workbench = tm.add(
        tg.Endpoint(
            "Translator workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="translators see the jobs assigned to them"),
            },
        )
    )
    # Where clients upload files and terminology and download deliveries.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Staff screens for assigning jobs and editing glossaries.
    pm_console = tm.add(
        tg.Endpoint(
            "Project management console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="agency SSO (OIDC)")},
        )
    )
    # Builds the prompt from the job's segments and the client's terminology, calls the LLM.
    checker = tm.add(
        tg.Service(
            "Terminology check service",
            description="Matches glossary entries to each segment, asks the LLM for corrections "
            "and maps them back onto segments.",
        )
    )
    # Turns uploaded glossary files into structured entries.
    importer = tm.add(tg.Pipeline("Glossary import job", stage=tg.Stage.INGESTION))
    # Source files, drafts and deliveries per job.
    job_files = tm.add(
        tg.DataStore(
            "Job file store",
            stores={source_docs, draft, delivery},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # One glossary and style rule set per client; shared by every job for that client.
    termbase = tm.add(
        tg.DataStore(
            "Client terminology store",
            stores={glossary},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Kept so that project managers can see what the check flagged and what was overruled.
    history = tm.add(tg.DataStore("Check history store", stores={check_log}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Clients send work and terminology, and collect deliveries.
tm.flow(client, portal, source_docs, glossary_upload, protocol="https", controls={tls})
tm.flow(portal, client, delivery, protocol="https", controls={tls})
tm.flow(portal, job_files, source_docs)
tm.flow(job_files, portal, delivery)
tm.flow(portal, importer, glossary_upload)
tm.flow(importer, termbase, glossary)

# Project managers sign in, assign jobs and curate glossaries.
tm.flow(pm, pm_console, assignment, glossary_edit, protocol="https", controls={tls})
tm.flow(pm_console, idp, sign_in, protocol="oidc")
tm.flow(idp, pm_console, sign_in, protocol="oidc")
tm.flow(pm_console, job_files, assignment)
tm.flow(pm_console, termbase, glossary_edit)
tm.flow(termbase, pm_console, glossary)
tm.flow(history, pm_console, check_log, label="review of overruled suggestions")

# Translators work on the draft and run the check.
tm.flow(job_files, workbench, source_docs, draft)
tm.flow(workbench, translator, source_docs, draft, suggestions, protocol="https", controls={tls})
tm.flow(translator, workbench, draft, decisions, protocol="https", controls={tls})
tm.flow(workbench, job_files, draft, delivery, label="save and deliver")
tm.flow(workbench, checker, draft, label="check terminology")
tm.flow(job_files, checker, source_docs)
tm.flow(termbase, checker, glossary)
tm.flow(checker, llm, check_prompt, protocol="https", controls={tls})
tm.flow(llm, checker, llm_answer, protocol="https", controls={tls})
tm.flow(checker, workbench, suggestions)
tm.flow(workbench, history, check_log, label="suggestions and decisions")

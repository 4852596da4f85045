"""Notary office deed drafting assistant: the first design, before any security review.

A civil-law notary practice in the EU wants an LLM to produce first drafts of
property transfer deeds and powers of attorney. Clients fill in an intake form on
the practice's client portal and upload scans of their identity documents; a
notarial clerk opens the matter in the case management system and asks for a draft.
A drafting service pulls the intake data, fetches the land registry extract for the
parcel from the national land registry's online service, picks the practice's
approved deed template and sends all of it to a hosted LLM (EU region, under a data
processing agreement). The draft lands in a draft store; the notary reviews and edits
it in a review workspace and signs the final deed, which is filed in the deed archive.
Staff sign in to the workspace through the practice's identity provider with MFA;
clients sign in to the portal with e-mail and password. Stores holding client files
are encrypted at rest and access is by role; every deed is read and signed by a notary.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Notary office deed drafting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM first drafts of property transfer deeds and powers of attorney, "
    "reviewed and signed by the notary.",
)

# ---------------------------------------------------------------- data assets
intake_form = tg.Data(
    "Client intake form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parties' names, addresses, dates of birth, marital status, tax ids, "
    "purchase price and the property being transferred or the powers being granted.",
)
id_scans = tg.Data(
    "Identity document scans",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
case_status = tg.Data("Matter status", kind="records", sensitivity=tg.Sensitivity.PII)
case_file = tg.Data(
    "Matter file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The clerk's notes, parties, documents received and deadlines.",
)
drafting_request = tg.Data("Drafting request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
parcel_query = tg.Data("Parcel lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
registry_extract = tg.Data(
    "Land registry extract",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Registered owners, parcel description, mortgages and encumbrances.",
)
templates = tg.Data(
    "Deed templates and clauses",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the chosen template, the intake data and the registry extract.",
)
completion = tg.Data("Generated deed text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft deed",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_edits = tg.Data("Notary edits and approval", kind="records", sensitivity=tg.Sensitivity.PII)
signed_deed = tg.Data(
    "Signed deed",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
staff_assertion = tg.Data(
    "Staff sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buyers, sellers and principals granting a power of attorney.
    client = tm.add(tg.Actor("Client", role="notary client"))

with tm.boundary("Land registry", trust=tg.Trust.PARTNER):
    # The national land registry's online extract service, used under the practice's account.
    land_registry = tm.add(
        tg.DataSource(
            "Land registry online service",
            origin=tg.Origin.PARTNER,
            provides={registry_extract},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The drafting model: a general-purpose model behind the vendor's EU-region API.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; the vendor's DPA excludes training on inputs.",
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on inputs")
            },
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The practice's cloud directory, which signs staff in to the review workspace.
    idp = tm.add(tg.ExternalService("Staff identity provider", provides="identity-provider"))

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where clients submit their details and documents for a matter.
    portal = tm.add(
        tg.Endpoint(
            "Client intake portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form fields checked against the intake schema"),
            },
        )
    )
    # Builds the prompt from the matter, the registry extract and a template, and calls the LLM.
    drafting = tm.add(
        tg.Service(
            "Deed drafting service",
            description="Assembles the drafting prompt and stores the generated draft.",
        )
    )
    # The practice's approved wording, maintained by the notaries.
    template_library = tm.add(tg.DataStore("Deed template library", stores={templates}))
    # Drafts waiting for the notary, with their versions.
    draft_store = tm.add(
        tg.DataStore(
            "Draft deed store",
            stores={draft},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the notary reads, edits and approves each draft before signing.
    workspace = tm.add(
        tg.Service(
            "Notary review workspace",
            controls={
                c.Authentication(method="OIDC through the identity provider, with MFA"),
                c.HumanInTheLoop(approver="the notary, who reads and signs every deed"),
            },
        )
    )

    with tm.boundary("Records vault", trust=tg.Trust.RESTRICTED):
        # The practice's system of record for matters, parties and their documents.
        case_mgmt = tm.add(
            tg.DataStore(
                "Case management system",
                stores={intake_form, id_scans, case_file},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(note="clerks and notaries see matters by role"),
                },
            )
        )
        # Signed deeds, kept for the statutory period of the notarial archive.
        archive = tm.add(
            tg.DataStore(
                "Signed deed archive",
                stores={signed_deed},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Prepares matters and asks for drafts.
    clerk = tm.add(tg.Actor("Notarial clerk", role="clerk"))
    # Reviews, edits and signs every deed; administers templates.
    notary = tm.add(tg.Actor("Notary", role="notary", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, intake_form, id_scans, protocol="https")
tm.flow(portal, client, case_status, protocol="https")
tm.flow(portal, case_mgmt, intake_form, id_scans)
tm.flow(case_mgmt, portal, case_status)

tm.flow(clerk, case_mgmt, case_file, protocol="https")
tm.flow(case_mgmt, clerk, case_file, intake_form, id_scans, protocol="https")
tm.flow(clerk, drafting, drafting_request, protocol="https")

tm.flow(case_mgmt, drafting, intake_form)
tm.flow(drafting, land_registry, parcel_query, protocol="https")
tm.flow(land_registry, drafting, registry_extract, protocol="https")
tm.flow(template_library, drafting, templates)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, completion, protocol="https")
tm.flow(drafting, draft_store, draft)

tm.flow(draft_store, workspace, draft)
tm.flow(workspace, draft_store, draft, label="revised draft")
tm.flow(idp, workspace, staff_assertion, protocol="oidc")
tm.flow(workspace, notary, draft, registry_extract, protocol="https")
tm.flow(notary, workspace, review_edits, protocol="https")
tm.flow(notary, template_library, templates, protocol="https", label="maintains templates")
tm.flow(workspace, archive, signed_deed)

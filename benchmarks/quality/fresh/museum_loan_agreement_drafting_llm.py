"""Museum loan agreement drafting: the first design, before any security review.

The national museum lends objects to other museums and drafts a loan agreement for
each loan. Registrars open a loan case in an internal loans web app, fill in the
object details (read from the collections management system), the insurance
values and the borrower's facility report, which the borrower's registrar sends
by e-mail. A drafting service retrieves the museum's agreement templates and
similar past agreements and asks a hosted LLM to draft the agreement, marking
where it deviates from the standard terms. The head of registration reviews the
draft and approves sending it to the borrower for signature through an
e-signature service. Object valuations are confidential. Controls in this design:
museum SSO with MFA and roles in the loans app, the head of registration's
approval before anything is sent, and a vendor assessment of the model provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum loan agreement drafting",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted loan agreements for objects the museum lends, approved before e-signature.",
)

# ---------------------------------------------------------------- data assets
object_details = tg.Data(
    "Object catalogue details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, maker, dimensions, materials, condition notes.",
)
valuations = tg.Data(
    "Object insurance valuations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
facility_report = tg.Data(
    "Borrower facility report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The borrower's security, environment and handling arrangements.",
)
loan_request = tg.Data(
    "Loan case details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Borrower, exhibition, dates, venues, courier and transport terms.",
)
templates = tg.Data("Agreement templates", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
past_agreements = tg.Data(
    "Past loan agreements", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
chunks = tg.Data(
    "Past agreement passages", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_query = tg.Data(
    "Similar agreement query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, template, past passages, object details, valuations, facility report.",
)
completion = tg.Data(
    "LLM draft completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data(
    "Draft agreement with deviations",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
edits = tg.Data("Registrar edits", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approval = tg.Data("Send approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
final_agreement = tg.Data(
    "Agreement for signature", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
signing_invite = tg.Data("Signing invitation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
signature = tg.Data("Borrower signature", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
signed = tg.Data(
    "Signed loan agreement",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The borrowing museum's registrar: sends the facility report, signs the agreement.
    borrower = tm.add(tg.Actor("Borrower registrar", role="borrowing museum"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API that writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="contract: no training on our data, 30-day retention")
            },
        )
    )

with tm.boundary("E-signature vendor", trust=tg.Trust.PARTNER):
    # SaaS e-signature platform the museum already uses for contracts.
    esign = tm.add(tg.ExternalService("E-signature service"))

with tm.boundary("Museum network", trust=tg.Trust.INTERNAL):
    # Registrars prepare each loan case.
    registrar = tm.add(tg.Actor("Registrar", role="registrar"))
    # Approves the final draft and sends it for signature.
    head = tm.add(tg.Actor("Head of registration", role="head of registration", privileged=True))
    # Internal web app for loan cases: data entry, draft review, approval and sending.
    loans_app = tm.add(
        tg.Service(
            "Loans web app",
            controls={
                c.Authentication(method="museum SSO (OIDC) with MFA"),
                c.RBAC(note="only the head of registration can approve and send"),
                c.HumanInTheLoop(approver="head of registration"),
            },
        )
    )
    # Builds the prompt from the case, templates and similar past agreements; calls the LLM.
    drafter = tm.add(tg.Service("Drafting service"))
    # The museum's standard loan agreement templates and clauses.
    template_store = tm.add(tg.DataStore("Template library", stores={templates}))
    # Embeddings of past agreements, for finding similar precedents.
    index = tm.add(tg.VectorStore("Past agreements index", stores={chunks}))
    # Re-indexes newly signed agreements each night with a local embedding model.
    indexer = tm.add(tg.Pipeline("Nightly agreement indexing job", stage=tg.Stage.INGESTION))

    with tm.boundary("Collections data", trust=tg.Trust.RESTRICTED):
        # Existing collections management system: object records and valuations.
        cms = tm.add(
            tg.DataStore(
                "Collections management system",
                stores={object_details, valuations},
                controls={c.RBAC()},
            )
        )
        # Loan cases, drafts and signed agreements.
        case_store = tm.add(
            tg.DataStore(
                "Loan case store",
                stores={loan_request, valuations, facility_report, draft, signed, past_agreements},
            )
        )

# ---------------------------------------------------------------- flows
# Preparing the case
tm.flow(borrower, registrar, facility_report, protocol="smtp", label="e-mailed facility report")
tm.flow(registrar, loans_app, loan_request, valuations, facility_report, protocol="https")
tm.flow(cms, loans_app, object_details, valuations)
tm.flow(loans_app, case_store, loan_request, valuations, facility_report)
tm.flow(case_store, loans_app, loan_request, valuations, facility_report, draft)

# Drafting
tm.flow(loans_app, drafter, loan_request, object_details, valuations, facility_report)
tm.flow(template_store, drafter, templates)
tm.flow(drafter, index, search_query)
tm.flow(index, drafter, chunks)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, loans_app, draft)
tm.flow(loans_app, case_store, draft, id="loans-app->case-store:draft")

# Review and approval
tm.flow(loans_app, registrar, draft, protocol="https")
tm.flow(registrar, loans_app, edits, protocol="https", id="registrar->loans-app:edits")
tm.flow(loans_app, head, draft, protocol="https")
tm.flow(head, loans_app, approval, protocol="https")

# Signature
tm.flow(loans_app, esign, final_agreement, protocol="https")
tm.flow(esign, borrower, signing_invite, final_agreement, protocol="https")
tm.flow(borrower, esign, signature, protocol="https")
tm.flow(esign, loans_app, signed, protocol="https", label="completion callback")
tm.flow(loans_app, case_store, signed, id="loans-app->case-store:signed")

# Indexing of signed agreements
tm.flow(case_store, indexer, past_agreements, signed)
tm.flow(indexer, index, chunks)

"""Probate estate asset discovery agent: the first design, before any security review.

A UK probate law firm uses an LLM agent to find the assets of a deceased person.
The family (usually the executor) uploads the will, the death certificate and old
statements through the firm's client portal. The agent reads them with a hosted
LLM, runs searches through the national bank-account search service and the
pension tracing service over their APIs, drafts letters to banks and insurers,
and keeps the estate's asset register in the case management system.
A paralegal approves every letter before the dispatch service sends it; replies
from banks are filed back into the case documents. The family see the asset
register in the client portal, which signs them in with e-mail and password.
Everything runs in the firm's cloud tenancy; the LLM vendor was reviewed under
the firm's supplier process, the search APIs take an API key held in the vault,
and the case management system has role-based access and an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Probate estate asset discovery agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that traces a deceased client's assets and drafts letters to institutions.",
)

# ---------------------------------------------------------------- data assets
estate_docs = tg.Data(
    "Estate documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Will, death certificate, old bank and pension statements, ID of the executor.",
)
prompt = tg.Data("Agent prompt with case context", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
search_call = tg.Data(
    "Asset search request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Deceased's name, date of birth, date of death and last known addresses.",
)
search_results = tg.Data(
    "Bank and pension search results",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Institutions reporting a possible account or pension for the deceased.",
)
api_key = tg.Data("Search service API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
register_entry = tg.Data("Asset register entry", kind="tool-call", sensitivity=tg.Sensitivity.PII)
asset_register = tg.Data(
    "Estate asset register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
draft_letter = tg.Data(
    "Draft letter to institution", kind="documents", sensitivity=tg.Sensitivity.PII
)
approved_letter = tg.Data(
    "Approved letter to institution", kind="documents", sensitivity=tg.Sensitivity.PII
)
institution_reply = tg.Data(
    "Replies from banks and insurers", kind="documents", sensitivity=tg.Sensitivity.PII
)
portal_login = tg.Data("Portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The executor or next of kin: uploads documents and follows the asset register.
    family = tm.add(tg.Actor("Family executor", role="client"))
    # Banks, building societies and insurers the firm writes to; they reply by e-mail.
    institutions = tm.add(tg.ExternalService("Banks and insurers"))

with tm.boundary("Search and AI providers", trust=tg.Trust.PARTNER):
    # Hosted model that reads the case documents and plans the searches and letters.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK data residency, no training on our data")},
        )
    )
    # Paid national service that asks participating banks about accounts of the deceased.
    bank_search = tm.add(
        tg.ExternalService(
            "National bank-account search service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )
    # Pension tracing service that finds workplace and private pensions.
    pension_trace = tm.add(
        tg.ExternalService("Pension tracing service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # The family's way in: uploads and a read-only view of the asset register.
    portal = tm.add(
        tg.Service(
            "Client portal",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Case documents, uploaded by the family or filed by the paralegal.
    doc_store = tm.add(
        tg.DataStore(
            "Case document store",
            stores={estate_docs, institution_reply},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The LLM agent that works each estate: reads documents, searches, drafts, records.
    agent = tm.add(
        tg.Agent(
            "Estate asset agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="One run per estate, started by the paralegal.",
        )
    )
    # Calls the bank search and pension tracing APIs on the agent's behalf.
    search_tool = tm.add(
        tg.Tool(
            "Asset search tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="API keys in the firm's key vault")},
        )
    )
    # Writes asset register entries and letter drafts into the case management system.
    case_tool = tm.add(tg.Tool("Case management tool", capabilities={"read", "write"}))
    # System of record for the matter: asset register and letters awaiting approval.
    case_mgmt = tm.add(
        tg.DataStore(
            "Case management system",
            stores={asset_register, draft_letter},
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )
    # Sends a letter only after the paralegal has approved it in case management.
    dispatch = tm.add(
        tg.Service(
            "Letter dispatch service",
            controls={c.HumanInTheLoop(approver="paralegal")},
        )
    )

with tm.boundary("Firm office network", trust=tg.Trust.INTERNAL):
    # Runs the matter, approves every outgoing letter and files institutions' replies.
    paralegal = tm.add(tg.Actor("Paralegal", role="probate paralegal"))

# ---------------------------------------------------------------- flows
tm.flow(family, portal, estate_docs, portal_login, protocol="https", label="sign in and upload")
tm.flow(portal, doc_store, estate_docs)
tm.flow(case_mgmt, portal, asset_register, label="read-only register view")
tm.flow(portal, family, asset_register, protocol="https")

tm.flow(doc_store, agent, estate_docs, institution_reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, bank_search, search_call, api_key, protocol="https")
tm.flow(bank_search, search_tool, search_results, protocol="https")
tm.flow(search_tool, pension_trace, search_call, api_key, protocol="https")
tm.flow(pension_trace, search_tool, search_results, protocol="https")
tm.flow(search_tool, agent, search_results)

tm.flow(agent, case_tool, register_entry, draft_letter)
tm.flow(case_tool, case_mgmt, asset_register, draft_letter)
tm.flow(case_mgmt, case_tool, asset_register, label="current register")
tm.flow(case_tool, agent, asset_register)

tm.flow(case_mgmt, paralegal, draft_letter, protocol="https", label="letters awaiting approval")
tm.flow(paralegal, case_mgmt, approved_letter, protocol="https", label="approves or edits")
tm.flow(case_mgmt, dispatch, approved_letter)
tm.flow(dispatch, institutions, approved_letter, protocol="smtp+starttls")
tm.flow(institutions, paralegal, institution_reply, protocol="smtp+starttls")
tm.flow(paralegal, doc_store, institution_reply, protocol="https", label="files replies")

"""Council pothole claim compensation agent: the first design, before any security review.

A city council lets drivers claim compensation for vehicle damage caused by
potholes. Claimants fill in a form on the council website with the location,
photos of the damage, repair invoices and their bank details; no account is
needed. An LLM agent running in the council's cloud tenancy, backed by a hosted
model API, reads the claim, looks up the road inspection records and repair
history for that street in the highways asset database, and drafts a decision
under the council's compensation policy. Claims under 250 GBP that meet the
policy are paid by the agent through the council's payments system, which
sends a BACS payment to the claimant's bank account; larger or rejected claims
are referred to a claims officer in the case management system. Claim files
are encrypted and kept for six years, the payment tool is capped per claim,
and the agent's actions are logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Council pothole claim compensation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that assesses pothole damage claims against inspection records, "
        "pays small claims automatically and refers the rest to a claims officer."
    ),
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claimant name, address, e-mail, vehicle registration, location, date, account of the incident.",
)
damage_photos = tg.Data("Damage photos", kind="media", sensitivity=tg.Sensitivity.PII)
repair_invoices = tg.Data("Repair invoices", kind="documents", sensitivity=tg.Sensitivity.PII)
bank_details = tg.Data(
    "Claimant bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account name, sort code and account number given on the claim form.",
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
policy = tg.Data(
    "Compensation policy",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The council's claims policy and the agent's system prompt.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Policy, claim, photos, invoices and tool results sent to the model.",
)
model_reply = tg.Data(
    "Model reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Next tool call or the drafted decision.",
)
inspection_query = tg.Data(
    "Inspection records query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
inspection_records = tg.Data(
    "Road inspection and repair records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Inspection dates, defects found and repairs done on the street.",
)
inspection_result = tg.Data(
    "Inspection lookup result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_call = tg.Data(
    "Payment tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Claim reference, amount, payee name and bank details.",
)
payment_request = tg.Data(
    "Compensation payment request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_result = tg.Data(
    "Payment tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
bacs_file = tg.Data(
    "BACS payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
referral_call = tg.Data("Case referral tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
referral = tg.Data(
    "Claim referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The claim with the agent's draft decision and reasons.",
)
referral_result = tg.Data(
    "Referral tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
draft_decision = tg.Data("Draft decision", kind="model-output", sensitivity=tg.Sensitivity.PII)
officer_decision = tg.Data(
    "Officer claim decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approved_payment = tg.Data(
    "Officer-approved payment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision_letter = tg.Data("Decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A driver claiming for pothole damage; anyone can submit the form.
    claimant = tm.add(tg.Actor("Claimant", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted multimodal model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="council DPIA and vendor security review")},
        )
    )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Government notification service that e-mails decision letters to claimants.
    notify = tm.add(tg.ExternalService("E-mail notification service"))

with tm.boundary("Council bank", trust=tg.Trust.PARTNER):
    # The council's bank, which makes the BACS payment to the claimant's account.
    bank = tm.add(tg.ExternalService("Council bank BACS service"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public claim form on the council website.
    claim_form_ep = tm.add(
        tg.Endpoint(
            "Pothole claim web form",
            purpose="api",
            controls={c.InputValidation(note="file type and size checks on uploads")},
        )
    )
    # Claim files: forms, photos, invoices, bank details, decisions.
    claim_store = tm.add(
        tg.DataStore(
            "Claim store",
            stores={claim_form, damage_photos, repair_invoices, bank_details, draft_decision},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=2190),
            },
        )
    )
    # The compensation policy and the agent's system prompt.
    policy_store = tm.add(tg.DataStore("Claims policy store", stores={policy}))
    # Assesses each claim, drafts the decision, pays small claims or refers the rest.
    agent = tm.add(
        tg.Agent(
            "Claims assessment agent",
            autonomy="supervised",
            controls={
                c.HumanInTheLoop(approver="claims officer", above="GBP 250 per claim"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Read-only lookup of inspection and repair records for a street.
    inspection_tool = tm.add(tg.Tool("Inspection records tool", capabilities={"read"}))
    # Pays an approved small claim through the payments system.
    payment_tool = tm.add(
        tg.Tool(
            "Compensation payment tool",
            capabilities={"money-movement"},
            controls={c.TransactionLimits(limit="GBP 250 per claim")},
        )
    )
    # Opens a case for a claims officer with the agent's draft decision.
    referral_tool = tm.add(tg.Tool("Case referral tool", capabilities={"write"}))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Highways asset management database: inspections, defects and repairs.
    highways_db = tm.add(tg.DataStore("Highways asset database", stores={inspection_records}))
    # The council's finance payments system, which raises BACS payments.
    payments = tm.add(tg.Service("Council payments system", controls={c.RBAC(), c.AuditLogging()}))
    # Where officers work referred claims.
    case_mgmt = tm.add(
        tg.Service(
            "Claims case management system",
            controls={c.Authentication(method="council SSO with MFA"), c.RBAC()},
        )
    )
    # Decides claims over 250 GBP and claims the agent would reject.
    officer = tm.add(tg.Actor("Claims officer", role="insurance and claims officer"))

# ---------------------------------------------------------------- flows
# Claim submission
tm.flow(
    claimant,
    claim_form_ep,
    claim_form,
    damage_photos,
    repair_invoices,
    bank_details,
    protocol="https",
)
tm.flow(claim_form_ep, claimant, claim_status, protocol="https")
tm.flow(claim_form_ep, claim_store, claim_form, damage_photos, repair_invoices, bank_details)
tm.flow(claim_form_ep, agent, claim_status, label="new claim reference")

# Agent reasoning
tm.flow(claim_store, agent, claim_form, damage_photos, repair_invoices, bank_details)
tm.flow(policy_store, agent, policy)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, model_reply, protocol="https")
tm.flow(agent, claim_store, draft_decision)

# Inspection records
tm.flow(agent, inspection_tool, inspection_query)
tm.flow(inspection_tool, highways_db, inspection_query, protocol="https")
tm.flow(highways_db, inspection_tool, inspection_records, protocol="https")
tm.flow(inspection_tool, agent, inspection_result)

# Automatic payment of small claims
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, payments, payment_request, protocol="https")
tm.flow(payments, payment_tool, payment_confirmation, protocol="https")
tm.flow(payment_tool, agent, payment_result)
tm.flow(payments, bank, bacs_file, protocol="sftp")
tm.flow(bank, payments, payment_confirmation, protocol="sftp")

# Referral to a claims officer
tm.flow(agent, referral_tool, referral_call)
tm.flow(referral_tool, case_mgmt, referral, protocol="https")
tm.flow(case_mgmt, referral_tool, referral_result, protocol="https")
tm.flow(referral_tool, agent, referral_result)
tm.flow(
    claim_store,
    case_mgmt,
    claim_form,
    damage_photos,
    repair_invoices,
    bank_details,
    protocol="https",
)
tm.flow(case_mgmt, officer, referral, damage_photos, repair_invoices, protocol="https")
tm.flow(officer, case_mgmt, officer_decision, protocol="https")
tm.flow(case_mgmt, payments, approved_payment, protocol="https")
tm.flow(payments, case_mgmt, payment_confirmation, protocol="https")

# Decision letters
tm.flow(agent, notify, decision_letter, protocol="https")
tm.flow(case_mgmt, notify, decision_letter, protocol="https")
tm.flow(notify, claimant, decision_letter, protocol="smtp")

"""Adult social care front door referral triage with an LLM: the first design.

The city council's adult social care front door receives referrals about adults
who may need care or protection. Members of the public and family members use
an online form on the council website; GPs and police send referrals by secure
e-mail to the front door mailbox. An intake service turns each one into a
referral in the triage queue. A triage assistant service adds any prior
involvement found in the social care record system, and asks a hosted LLM
(the council's cloud tenant, UK region) for a summary, a suggested risk level
and whether the Care Act section 42 safeguarding duty may apply, using the
council's safeguarding criteria. Duty social workers see the referral and the
suggestion in a workbench, decide, and open cases in the social care record
system. Staff sign in with council SSO and MFA, access is role based, the
suggestion is advisory only, and each decision is logged beside the suggestion.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Adult social care referral triage LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summaries and suggested risk and safeguarding levels for referrals to a "
        "council's adult social care front door; duty social workers decide."
    ),
)

# ---------------------------------------------------------------- data assets
form_referral = tg.Data(
    "Web form referral",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Free-text concerns about an adult, with health and family details.",
)
email_referral = tg.Data(
    "E-mailed referral with attachments",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="GP letters, police public protection notices, referral forms as PDF or Word.",
)
acknowledgement = tg.Data(
    "Referral acknowledgement", sensitivity=tg.Sensitivity.PII, kind="records"
)
referral = tg.Data(
    "Referral record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
prior_involvement = tg.Data(
    "Prior involvement history", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
criteria = tg.Data(
    "Safeguarding criteria and risk guidance", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
triage_prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, criteria, the referral text and prior involvement.",
)
suggestion = tg.Data(
    "Summary and suggested risk level and safeguarding flag",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
)
decision = tg.Data(
    "Duty worker triage decision",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_record = tg.Data(
    "Social care case record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
decision_log = tg.Data(
    "Triage decision log entries", sensitivity=tg.Sensitivity.REGULATED, kind="logs"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public and family members worried about an adult.
    public = tm.add(tg.Actor("Public or family referrer", role="member of the public"))

with tm.boundary("Partner agencies", trust=tg.Trust.PARTNER):
    # GPs and police public protection units referring from their own e-mail systems.
    professional = tm.add(tg.Actor("GP or police referrer", role="partner professional"))

with tm.boundary("Council cloud tenant", trust=tg.Trust.INTERNAL):
    # The council website's adult social care referral form.
    web_form = tm.add(
        tg.Endpoint(
            "Online referral form",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.InputValidation()},
        )
    )
    # The front door's shared mailbox in the council's Microsoft 365.
    mailbox = tm.add(tg.Service("Front door referral mailbox"))
    # Picks up form submissions and e-mails, extracts attachment text, queues referrals.
    intake = tm.add(tg.Service("Referral intake service"))
    # Referrals waiting for a duty worker, with the LLM's summary beside each.
    queue = tm.add(
        tg.DataStore(
            "Referral triage queue",
            stores={referral, suggestion},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt, calls the LLM and stores the suggestion with the referral.
    triage = tm.add(tg.Service("Triage assistant service"))
    # The council's adult safeguarding criteria and risk guidance given to the LLM.
    guidance = tm.add(tg.DataStore("Safeguarding criteria and guidance", stores={criteria}))
    # Records the LLM suggestion next to the duty worker's decision for QA and audit.
    log_store = tm.add(
        tg.DataStore(
            "Triage decision log",
            stores={decision_log},
            controls={tg.controls.AuditLogging()},
        )
    )
    # Web workbench the duty team works the queue in.
    workbench = tm.add(
        tg.Service(
            "Duty triage workbench",
            controls={
                tg.controls.Authentication(method="council Entra ID SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(
                    approver="the duty social worker decides risk level and safeguarding"
                ),
            },
        )
    )

with tm.boundary("Model provider region", trust=tg.Trust.PARTNER):
    # Hosted model in the council's cloud subscription, UK region, no training on prompts.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={tg.controls.SupplierAssessment()},
        )
    )

with tm.boundary("Social care systems", trust=tg.Trust.RESTRICTED):
    # The council's system of record for adult social care cases.
    record_system = tm.add(
        tg.DataStore(
            "Social care record system",
            stores={case_record, prior_involvement},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Qualified social workers on the front door duty rota.
    duty_worker = tm.add(tg.Actor("Duty social worker", role="social worker"))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(public, web_form, form_referral, protocol="https", controls={tls})
tm.flow(web_form, public, acknowledgement, protocol="https", controls={tls})
tm.flow(
    professional,
    mailbox,
    email_referral,
    protocol="smtp",
    controls={tg.controls.EncryptionInTransit(protocol="enforced TLS secure e-mail")},
)
tm.flow(mailbox, professional, acknowledgement, protocol="smtp")

tm.flow(web_form, intake, form_referral)
tm.flow(mailbox, intake, email_referral, protocol="graph api")
tm.flow(intake, queue, referral)

tm.flow(queue, triage, referral)
tm.flow(record_system, triage, prior_involvement, label="person match lookup")
tm.flow(guidance, triage, criteria)
tm.flow(triage, llm, triage_prompt, protocol="https", controls={tls})
tm.flow(llm, triage, suggestion, protocol="https", controls={tls})
tm.flow(triage, queue, suggestion)

tm.flow(queue, workbench, referral, suggestion)
tm.flow(workbench, duty_worker, referral, suggestion, protocol="https", controls={tls})
tm.flow(record_system, workbench, prior_involvement)
tm.flow(duty_worker, workbench, decision, protocol="https", controls={tls})
tm.flow(workbench, record_system, case_record, label="open case")
tm.flow(workbench, log_store, decision_log)
tm.flow(workbench, queue, decision, label="close referral")

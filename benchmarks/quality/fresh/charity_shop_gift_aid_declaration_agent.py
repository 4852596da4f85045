"""Charity shop Gift Aid declaration agent: the first design, before any security review.

A UK charity with 200 shops claims Gift Aid on donated goods sold under the Retail
Gift Aid scheme. Donors sign a declaration in a shop, on paper or on the shop tablet;
volunteers photograph paper forms with the same tablet, which uploads everything to
the charity's cloud. An LLM agent (a hosted model from an LLM vendor) reads the
scanned forms, matches each donor to the donor database through a CRM tool, checks
eligibility against the shop sales records, and prepares the quarterly claim schedule
in a claim workspace. It also reads the supporter mailbox, where donors e-mail changes
of name or address, and applies them to donor records. A finance officer reviews the
draft claim in the Gift Aid portal, approves it, and the portal submits it to the
HMRC Charities Online API with credentials kept in a vault. Staff sign in with SSO and
MFA; shop tablets use a per-shop account; stores are encrypted at rest.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Charity shop Gift Aid declaration agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent turns shop Gift Aid declarations into the quarterly "
    "claim to HMRC, approved and submitted by a finance officer.",
)

# ---------------------------------------------------------------- data assets
paper_declaration = tg.Data(
    "Paper Gift Aid declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Name, home address, postcode, UK taxpayer confirmation and signature.",
)
declaration_scan = tg.Data(
    "Declaration scans and e-declarations",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photos of paper forms and signed tablet declarations, with shop and date.",
)
donor_email = tg.Data(
    "Donor update e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mail from a donor asking to change name, address or tax status.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the form image or e-mail, and the candidate donor records.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
crm_call = tg.Data("Donor lookup and update call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
crm_result = tg.Data("Donor lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
donor_records = tg.Data(
    "Donor records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sales_call = tg.Data("Sales query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
sales_result = tg.Data(
    "Donor sales totals", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sales_records = tg.Data(
    "Donated goods sales records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Till sales of donated items tagged with the donor's Gift Aid id.",
)
draft_claim = tg.Data(
    "Draft Gift Aid claim schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-donor totals, names, house numbers and postcodes, plus exceptions.",
)
officer_approval = tg.Data("Finance officer sign-off", kind="records")
claim_submission = tg.Data(
    "Gift Aid claim submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
hmrc_response = tg.Data("HMRC claim acknowledgement", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who give goods and sign a declaration; they also e-mail changes.
    donor = tm.add(tg.Actor("Donor", role="donor"))

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # Volunteers and shop staff who take paper forms and photograph them.
    volunteer = tm.add(tg.Actor("Shop volunteer", role="shop staff"))
    # One managed tablet per shop: e-declarations and photos of paper forms.
    tablet = tm.add(
        tg.Device(
            "Shop tablet",
            description="MDM-managed tablet in each of the 200 shops, signed in with the shop's account.",
        )
    )

with tm.boundary("Office 365 tenant", trust=tg.Trust.PARTNER):
    # The supporter care mailbox donors write to; the agent reads it.
    mailbox = tm.add(
        tg.DataSource("Supporter care mailbox", origin="user-upload", provides={donor_email})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model that reads the form images and e-mails for the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={
                tg.controls.SupplierAssessment(
                    note="DPA signed, UK region, no training on our data"
                )
            },
        )
    )

with tm.boundary("HMRC", trust=tg.Trust.PARTNER):
    # Where the quarterly claim goes.
    hmrc = tm.add(tg.ExternalService("HMRC Charities Online API"))

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from the shop tablets.
    upload_api = tm.add(
        tg.Endpoint(
            "Declaration upload API",
            purpose="api",
            controls={tg.controls.Authentication(method="per-shop account and password")},
        )
    )
    # Originals kept as evidence for HMRC audits (six years after the last claim).
    archive = tm.add(
        tg.DataStore(
            "Declaration archive",
            stores={declaration_scan},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.RetentionLimits(days=2190),
            },
        )
    )
    # Reads forms and e-mails, matches donors, checks eligibility, drafts the claim.
    agent = tm.add(
        tg.Agent(
            "Gift Aid agent",
            autonomy="supervised",
            description="Runs nightly over new declarations and e-mails, and quarterly to "
            "draft the claim; donor record updates are applied directly, the claim "
            "waits for the finance officer.",
            controls={tg.controls.CircuitBreaker(max_steps=40)},
        )
    )
    # Lets the agent find, create and update donor records.
    crm_tool = tm.add(tg.Tool("Donor CRM tool", capabilities={"read", "write"}))
    # Lets the agent total the sales of each donor's goods in the claim period.
    sales_tool = tm.add(tg.Tool("Sales records tool", capabilities={"read"}))
    # Where the draft claim and the exceptions list wait for review.
    workspace = tm.add(tg.DataStore("Claim workspace", stores={draft_claim}))
    # Finance web app: review, sign-off and submission to HMRC.
    portal = tm.add(
        tg.Service(
            "Gift Aid claim portal",
            controls={
                tg.controls.Authentication(method="staff SSO with MFA"),
                tg.controls.HumanInTheLoop(approver="finance officer"),
                tg.controls.SecretsManagement(
                    note="HMRC Government Gateway credentials in the vault"
                ),
                tg.controls.AuditLogging(retention_days=2190),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The charity's donor CRM database.
        donor_db = tm.add(
            tg.DataStore(
                "Donor database",
                stores={donor_records},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")
                },
            )
        )
        # Till data from the shops' EPOS, with Gift Aid item tags.
        sales_db = tm.add(tg.DataStore("EPOS sales records", stores={sales_records}))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Reviews the draft, signs it off and submits it.
    finance = tm.add(tg.Actor("Finance officer", role="finance", privileged=True))

# ---------------------------------------------------------------- flows
# Declarations in shops
tm.flow(donor, tablet, declaration_scan, label="signs on the tablet in person")
tm.flow(donor, volunteer, paper_declaration, label="hands over the paper form")
tm.flow(volunteer, tablet, paper_declaration, label="photographs the paper form")
tm.flow(tablet, upload_api, declaration_scan, protocol="https")
tm.flow(upload_api, archive, declaration_scan)

# Donor e-mails
tm.flow(donor, mailbox, donor_email, protocol="smtp")
tm.flow(mailbox, agent, donor_email, protocol="https", label="Graph API")

# Agent work
tm.flow(archive, agent, declaration_scan)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, crm_tool, crm_call)
tm.flow(crm_tool, agent, crm_result)
tm.flow(crm_tool, donor_db, donor_records, label="creates and updates records")
tm.flow(donor_db, crm_tool, donor_records)
tm.flow(agent, sales_tool, sales_call)
tm.flow(sales_tool, agent, sales_result)
tm.flow(sales_tool, sales_db, sales_call)
tm.flow(sales_db, sales_tool, sales_records)
tm.flow(agent, workspace, draft_claim)

# Review and submission
tm.flow(workspace, portal, draft_claim)
tm.flow(portal, finance, draft_claim, protocol="https")
tm.flow(finance, portal, officer_approval, protocol="https")
tm.flow(portal, archive, label="opens original forms for spot checks")
tm.flow(archive, portal, declaration_scan)
tm.flow(portal, hmrc, claim_submission, protocol="https")
tm.flow(hmrc, portal, hmrc_response, protocol="https")

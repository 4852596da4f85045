"""Marketing email personaliser: the first design, before any security review.

The retailer's marketing team writes a campaign brief in an internal campaign
console. A nightly segmentation job picks the audience from the customer data
platform (purchase history, loyalty tier, email address, consent flag). For each
customer an orchestrator builds a prompt from the brief and that customer's
profile and asks a hosted LLM to write the email. An in-house brand-safety
classifier screens every draft; drafts that pass go to an outbound email store.
A marketer reviews a sample of the generated emails and launches the campaign;
a dispatcher then hands the batches to our email service provider, which sends
them to millions of customers in the EU and the UK. Opens, clicks and
unsubscribes come back from the provider through a webhook into the CDP.
Controls in this design: SSO and roles on the console, KMS encryption of the
CDP, TLS to both vendors, vendor reviews, and the marketer's sample approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketing email personaliser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-written promotional emails personalised from purchase history and loyalty tier.",
)

# ---------------------------------------------------------------- data assets
customer_profile = tg.Data(
    "Customer profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, email address, purchase history, loyalty tier and marketing consent.",
)
audience = tg.Data(
    "Campaign audience",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The customers selected for one campaign, with the profile fields the prompt uses.",
)
brief = tg.Data(
    "Campaign brief",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Offer, tone, products to feature and the prompt template; unreleased promotions.",
)
prompt = tg.Data(
    "Personalisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The brief plus one customer's name, recent purchases and loyalty tier.",
)
draft = tg.Data("Draft email", kind="model-output", sensitivity=tg.Sensitivity.PII)
verdict = tg.Data("Brand-safety verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
outbound = tg.Data(
    "Approved email",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Subject and body that passed the brand-safety check, with the recipient address.",
)
sample = tg.Data("Sample emails for review", kind="model-output", sensitivity=tg.Sensitivity.PII)
launch = tg.Data("Campaign launch approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
delivered = tg.Data("Delivered promotional email", kind="documents", sensitivity=tg.Sensitivity.PII)
engagement = tg.Data(
    "Engagement events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Opens, clicks, bounces and unsubscribes keyed by email address.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the emails are written for and sent to.
    customer = tm.add(tg.Actor("Customer", role="email recipient"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Writes briefs, reviews samples and launches campaigns.
    marketer = tm.add(tg.Actor("Marketing manager", role="marketing staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes each email; a general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review and DPA with the vendor")},
        )
    )

with tm.boundary("Email service provider", trust=tg.Trust.PARTNER):
    # Sends the mail at volume and tracks engagement.
    esp = tm.add(
        tg.ExternalService(
            "Email service provider",
            provides=tg.ExternalCategory.GENERIC,
            controls={c.SupplierAssessment(note="existing ESP contract and DPA")},
        )
    )

with tm.boundary("Marketing cloud account", trust=tg.Trust.INTERNAL):
    # Internal web app where the marketing team writes briefs and approves launches.
    console = tm.add(
        tg.Endpoint(
            "Campaign console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )
    # Holds briefs, prompt templates and campaign status.
    campaign_db = tm.add(tg.DataStore("Campaign database", stores={brief, launch}))
    # Selects each campaign's audience from the CDP.
    segmentation = tm.add(
        tg.Pipeline(
            "Audience segmentation job",
            stage=tg.Stage.PREPROCESSING,
            description="Nightly job that applies the brief's targeting rules and the consent flag.",
        )
    )
    # Builds one prompt per customer, calls the LLM and the brand-safety check.
    orchestrator = tm.add(
        tg.Service(
            "Personalisation orchestrator",
            description="Batch worker; retries drafts that fail the brand-safety check once.",
        )
    )
    # Screens drafts for offensive text, banned claims and competitor mentions.
    brand_safety = tm.add(
        tg.Model(
            "Brand-safety classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Fine-tuned open-weights text classifier plus a banned-phrase list.",
        )
    )
    # Queue of emails that passed the check, waiting for launch.
    outbox = tm.add(tg.DataStore("Outbound email store", stores={outbound}))
    # Hands approved batches to the ESP once a campaign is launched.
    dispatcher = tm.add(
        tg.Service(
            "Send dispatcher",
            controls={
                c.HumanInTheLoop(
                    approver="marketing manager, after reviewing a sample of the campaign's emails"
                ),
                c.SecretsManagement(note="ESP API key in the cloud secret manager"),
            },
        )
    )
    # Receives engagement callbacks from the ESP.
    webhook = tm.add(tg.Endpoint("Engagement webhook", purpose=tg.EndpointPurpose.API))

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # System of record for customer profiles and consent.
        cdp = tm.add(
            tg.DataStore(
                "Customer data platform",
                stores={customer_profile, engagement},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(marketer, console, brief, protocol="https", label="writes brief")
tm.flow(console, campaign_db, brief)
tm.flow(campaign_db, segmentation, brief, label="targeting rules")
tm.flow(cdp, segmentation, customer_profile)
tm.flow(segmentation, orchestrator, audience)
tm.flow(campaign_db, orchestrator, brief, label="prompt template")

tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, brand_safety, draft)
tm.flow(brand_safety, orchestrator, verdict)
tm.flow(orchestrator, outbox, outbound, label="drafts that passed")

tm.flow(outbox, console, sample, label="sample for review")
tm.flow(console, marketer, sample, protocol="https")
tm.flow(marketer, console, launch, protocol="https", id="launch-approval", label="approves launch")
tm.flow(console, campaign_db, launch, id="launch-record")
tm.flow(campaign_db, dispatcher, launch, label="launch signal")
tm.flow(outbox, dispatcher, outbound)
tm.flow(dispatcher, esp, outbound, protocol="https", label="batch send API")

tm.flow(esp, customer, delivered, protocol="smtp", label="delivery to the customer's mailbox")
tm.flow(customer, esp, engagement, protocol="https", label="opens, clicks, unsubscribes")
tm.flow(esp, webhook, engagement, protocol="https")
tm.flow(webhook, cdp, engagement)

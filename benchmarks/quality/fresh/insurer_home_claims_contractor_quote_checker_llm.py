"""Home claims contractor quote checker: the first design, before any security review.

When a home-insurance claim needs repairs, the contractor the policyholder or the
insurer picked uploads a repair quote (PDF or spreadsheet) through the contractor
portal on the internet. A quote-checking service extracts the line items, looks up
the going local rate for each one in our regional repair price database (built
from a building-cost data provider's feed and our own settled claims) and asks a
hosted LLM to compare each line against those prices and flag inflated items.
Claims adjusters see the flags next to the claim in their workbench, agree a
settlement with the contractor through the portal and approve the payment, which
the payments service sends to the contractor's bank account through our bank.
Contractors see the outcome of each quote in the portal. Contractors sign in with
e-mail and password; staff use corporate single sign-on. The LLM is reached over
HTTPS under our enterprise agreement with the vendor; the claims database is
encrypted at rest and payments are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home claims contractor quote checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM flags inflated line items in contractors' repair quotes for home claims; "
    "adjusters settle and approve payment.",
)

# ---------------------------------------------------------------- data assets
quote = tg.Data(
    "Contractor repair quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded quote: the policyholder's address, the damage, line items and prices.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
line_items = tg.Data(
    "Extracted quote line items", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
local_prices = tg.Data(
    "Local repair prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Typical labour and material rates per region and repair type.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
cost_feed = tg.Data(
    "Building cost index feed", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
check_prompt = tg.Data(
    "Quote comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the quote's line items and text, and the matching local prices.",
)
llm_flags = tg.Data(
    "Line item flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per line: in range or inflated, the expected price and a short reason.",
)
claim_file = tg.Data(
    "Claim file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
settlement = tg.Data(
    "Settlement offer and response", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_approval = tg.Data(
    "Payment approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Claim, contractor, agreed amount and the approving adjuster.",
)
contractor_bank = tg.Data(
    "Contractor bank details", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_instruction = tg.Data(
    "Payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote_outcome = tg.Data("Quote outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Repair firms on our panel and firms the policyholder chose; they upload quotes.
    contractor = tm.add(tg.Actor("Contractor", role="repair contractor"))

with tm.boundary("Building cost data provider", trust=tg.Trust.PARTNER):
    # Licensed regional building-cost index, delivered monthly.
    cost_provider = tm.add(
        tg.DataSource(
            "Building cost index",
            origin=tg.Origin.VENDOR,
            provides={cost_feed},
            description="Monthly file of regional labour and material rates.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that does the line-by-line comparison.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Compares each quote line with local prices and flags inflated ones.",
            controls={c.SupplierAssessment(note="enterprise agreement, no training on our data")},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our clearing bank, which pays contractors.
    bank = tm.add(tg.ExternalService("Clearing bank payments API"))

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Where contractors upload quotes, negotiate the settlement and see outcomes.
    portal = tm.add(
        tg.Endpoint(
            "Contractor portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, XLSX or CSV only, 20 MB limit"),
            },
        )
    )
    # Extracts line items, fetches local prices, builds the prompt, stores the flags.
    checker = tm.add(
        tg.Service(
            "Quote checking service",
            description="Parses the quote, looks up prices per line, calls the LLM, files the flags.",
        )
    )
    # Regional reference prices the comparison is made against.
    price_db = tm.add(
        tg.DataStore(
            "Local repair price database",
            stores={local_prices},
            description="Refreshed monthly from the cost index and our settled claims.",
        )
    )
    # System of record for claims: quotes, flags, settlements, contractor bank details.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_file, quote, llm_flags, settlement, contractor_bank},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pays the agreed settlement once an adjuster approves it.
    payments = tm.add(
        tg.Service(
            "Claims payments service",
            controls={
                c.HumanInTheLoop(approver="the claims adjuster handling the claim"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff application: claim, quote, flags, settlement and payment approval.
    workbench = tm.add(
        tg.Endpoint(
            "Adjuster workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )
    # Handles the claim, negotiates with the contractor and approves payment.
    adjuster = tm.add(tg.Actor("Claims adjuster", role="claims staff"))

# ---------------------------------------------------------------- flows
# Quote upload and checking
tm.flow(contractor, portal, quote, protocol="https", label="upload quote")
tm.flow(portal, claims_db, quote)
tm.flow(portal, checker, quote, label="new quote")
tm.flow(checker, price_db, line_items, label="price lookup")
tm.flow(price_db, checker, local_prices)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, llm_flags, protocol="https")
tm.flow(checker, claims_db, line_items, llm_flags)

# Reference prices
tm.flow(cost_provider, price_db, cost_feed, protocol="sftp", label="monthly index file")
tm.flow(claims_db, price_db, local_prices, label="settled claim prices")

# Adjuster review and settlement
tm.flow(claims_db, workbench, claim_file, quote, llm_flags)
tm.flow(workbench, adjuster, claim_file, quote, llm_flags, protocol="https")
tm.flow(adjuster, workbench, settlement, payment_approval, protocol="https")
tm.flow(workbench, claims_db, settlement)
tm.flow(workbench, portal, settlement, quote_outcome, label="offer and outcome")
tm.flow(portal, contractor, settlement, quote_outcome, protocol="https")
tm.flow(contractor, portal, settlement, contractor_bank, protocol="https", label="accept offer")
tm.flow(portal, claims_db, settlement, contractor_bank)

# Payment
tm.flow(workbench, payments, payment_approval)
tm.flow(claims_db, payments, contractor_bank)
tm.flow(payments, bank, payment_instruction, protocol="https")
tm.flow(bank, payments, payment_status, protocol="https")
tm.flow(payments, claims_db, payment_status)

"""Tool hire shop deposits and damage checks: the first design, before any security review.

Customers hire power tools and plant on the shop's website and pay a card deposit
on the payment provider's hosted page; the provider holds the deposit and tells us
by webhook. At hire-out and at return, counter staff photograph each tool on a shop
tablet. A vision model, fine-tuned by us from open weights, compares the return
photos with the hire-out photos and flags likely damage. A drafting agent, built on
a hosted LLM, reads the flags, the hire record and the shop's repair charge list and
writes a proposed deposit deduction with its reasons. The shop manager reviews the
draft and the photos in an approval console; once approved, the settlement service
captures the deduction and has the payment provider refund the rest of the deposit.
All of it runs in the shop's cloud account. Customers and the manager sign in with
a password; staff use their own PIN on the tablet; the agent can only write drafts.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tool hire deposits and damage checks",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "Online tool hire with card deposits; a vision model flags damage at return and an "
        "agent drafts the deposit deduction for the manager to approve."
    ),
)

# ---------------------------------------------------------------- data assets
hire_booking = tg.Data(
    "Hire booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Customer name, address, phone, tools and hire dates.",
)
booking_status = tg.Data(
    "Booking and deposit status", sensitivity=tg.Sensitivity.PII, kind="records"
)
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Entered on the payment provider's hosted page only.",
)
deposit_authorisation = tg.Data(
    "Deposit authorisation",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="The provider's hold reference, amount and saved card token for the hire.",
)
hire_record = tg.Data(
    "Hire record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Booking, deposit held, tool condition notes, return time and outcome.",
)
tool_photos = tg.Data(
    "Tool condition photos",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Photos of each tool at hire-out and at return, taken at the counter.",
)
damage_flags = tg.Data(
    "Damage flags",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Per tool: suspected damage, where on the photo, and a confidence score.",
)
repair_charges = tg.Data(
    "Repair charge list",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="What the shop charges for each kind of damage or missing part, per tool.",
)
damage_case = tg.Data(
    "Damage case",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The damage flags, the hire record and the staff's return notes.",
)
llm_prompt = tg.Data("Deduction prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
llm_completion = tg.Data(
    "Deduction completion", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
draft_call = tg.Data("Deduction draft call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
deduction_draft = tg.Data(
    "Deduction draft",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Proposed amount to keep from the deposit, with the reasons given to the customer.",
)
approved_deduction = tg.Data(
    "Approved deduction",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
settlement_instruction = tg.Data(
    "Capture and refund instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
settlement_result = tg.Data(
    "Settlement result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Trade and DIY customers hiring tools online.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the card page, holds the deposit, captures deductions and refunds the rest.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the drafting agent calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Public website and API for browsing, booking and seeing deposit status.
    website = tm.add(
        tg.Endpoint(
            "Hire website",
            purpose="api",
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Bookings, hire-out, returns; starts a damage check when a tool comes back.
    hire_service = tm.add(tg.Service("Hire management service"))
    # System of record for customers, hires and deposits.
    hire_db = tm.add(
        tg.DataStore(
            "Hire records database",
            stores={hire_booking, hire_record, deposit_authorisation, deduction_draft},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage for hire-out and return photos.
    photo_store = tm.add(tg.DataStore("Tool photo store", stores={tool_photos}))
    # Compares return photos with hire-out photos of the same tool.
    damage_model = tm.add(
        tg.Model(
            "Tool damage comparison model",
            task="detector",
            origin="open-weights",
            returns_scores=True,
            high_stakes=True,
            description="Vision model fine-tuned on the shop's own photos of damaged tools.",
        )
    )
    # Reference list of repair and replacement charges the agent prices damage from.
    charge_list = tm.add(tg.DataStore("Repair charge list store", stores={repair_charges}))
    # Turns flagged damage into a proposed deduction; never moves money itself.
    agent = tm.add(
        tg.Agent(
            "Deduction drafting agent",
            autonomy="supervised",
            controls={
                tg.controls.HumanInTheLoop(approver="the shop manager in the approval console")
            },
        )
    )
    # The agent's only tool: saves a draft deduction against the hire.
    draft_tool = tm.add(
        tg.Tool(
            "Deduction draft tool",
            capabilities={"write"},
            controls={
                tg.controls.LeastPrivilegeTools(
                    note="can write drafts only, not approve or capture"
                )
            },
        )
    )
    # Where the manager reviews drafts against the photos and approves or edits them.
    console = tm.add(
        tg.Endpoint(
            "Manager approval console",
            purpose="api",
            controls={tg.controls.Authentication(method="manager's own login with password")},
        )
    )
    # Captures the approved deduction and releases the rest of the deposit.
    settlement = tm.add(
        tg.Service(
            "Deposit settlement service",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="refuses a deduction larger than the deposit held for that hire"
                )
            },
        )
    )

with tm.boundary("Shop floor", trust=tg.Trust.INTERNAL):
    # Counter staff check tools out and in and take the photos.
    staff = tm.add(tg.Actor("Counter staff", role="staff"))
    # The shop's tablet at the counter, used for check-out, check-in and photos.
    tablet = tm.add(
        tg.Device(
            "Counter tablet",
            fleet=False,
            controls={tg.controls.Authentication(method="each staff member's own PIN")},
        )
    )
    # Approves every deduction before any money is kept.
    manager = tm.add(tg.Actor("Shop manager", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
# booking and deposit
tm.flow(customer, website, hire_booking, protocol="https")
tm.flow(website, customer, booking_status, protocol="https")
tm.flow(customer, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, hire_service, deposit_authorisation, protocol="https", label="deposit webhook")
tm.flow(website, hire_service, hire_booking)
tm.flow(hire_service, website, booking_status)
tm.flow(hire_service, hire_db, hire_booking, hire_record, deposit_authorisation)
tm.flow(hire_db, hire_service, hire_booking, hire_record, deposit_authorisation)

# hire-out and return photos
tm.flow(staff, tablet, tool_photos, label="taken at the counter")
tm.flow(tablet, staff, hire_record, label="on the touchscreen")
tm.flow(tablet, hire_service, tool_photos, hire_record, protocol="https")
tm.flow(hire_service, tablet, hire_record, protocol="https")
tm.flow(hire_service, photo_store, tool_photos)

# damage comparison
tm.flow(hire_service, damage_model, tool_photos, label="return photos")
tm.flow(photo_store, damage_model, tool_photos, label="hire-out photos")
tm.flow(damage_model, hire_service, damage_flags)

# drafting the deduction
tm.flow(hire_service, agent, damage_case)
tm.flow(charge_list, agent, repair_charges)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, draft_tool, draft_call)
tm.flow(draft_tool, agent, deduction_draft, label="saved")
tm.flow(draft_tool, hire_db, deduction_draft)

# approval and settlement
tm.flow(hire_db, console, deduction_draft, hire_record)
tm.flow(photo_store, console, tool_photos)
tm.flow(console, manager, deduction_draft, tool_photos, protocol="https")
tm.flow(manager, console, approved_deduction, protocol="https")
tm.flow(console, settlement, approved_deduction)
tm.flow(hire_db, settlement, deposit_authorisation)
tm.flow(settlement, payments, settlement_instruction, protocol="https")
tm.flow(payments, settlement, settlement_result, protocol="https")
tm.flow(settlement, hire_db, settlement_result)

"""Neighbourhood tool-share library: return-condition photos and a deposit agent.

Members of a volunteer-run tool library in a UK neighbourhood borrow drills, ladders
and garden tools through a phone app, paying a refundable deposit through a card
payment provider at checkout. When they bring a tool back they photograph it in the
app and may add a short note about its condition. A vision model fine-tuned from open
weights scores the photos for damage; a deposit agent, built on a hosted LLM, reads the
score, the note and the loan record and either refunds the deposit through the payment
provider or asks a volunteer by e-mail to inspect the tool at the shed. Volunteers
record inspection outcomes in the same app. Everything runs in one small cloud
project. Members and volunteers sign in with e-mail and password, all links use TLS,
the API checks photo uploads for type and size, and refunds are capped at the deposit
held for that loan. There is no human approval of refunds the agent makes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tool-share library deposit agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision damage check of returned tools and an LLM agent deciding deposit refunds.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data("Member account details", sensitivity="pii", kind="records")
sign_in = tg.Data("Sign-in credentials", sensitivity="secret", kind="credentials")
loans = tg.Data(
    "Loan and deposit records",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
card_token = tg.Data("Payment method token", sensitivity="confidential", kind="credentials")
photos = tg.Data("Return condition photos", sensitivity="internal", kind="media")
return_note = tg.Data("Member return note", sensitivity="pii", kind="documents")
damage = tg.Data("Damage score", sensitivity="internal", kind="model-output")
prompt = tg.Data("Deposit decision prompt", sensitivity="pii", kind="prompt")
completion = tg.Data("Agent reasoning and decision", sensitivity="internal", kind="model-output")
decision = tg.Data("Deposit decision", sensitivity="pii", kind="records")
refund_call = tg.Data("Refund request", sensitivity="confidential", kind="tool-call")
refund_result = tg.Data("Refund confirmation", sensitivity="confidential", kind="tool-result")
deposit_hold = tg.Data("Deposit charge", sensitivity="confidential", kind="records")
inspection_call = tg.Data("Inspection request", sensitivity="pii", kind="tool-call")
inspection_mail = tg.Data("Inspection request e-mail", sensitivity="pii", kind="documents")
inspection_outcome = tg.Data("Inspection outcome", sensitivity="internal", kind="records")
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Any neighbour can sign up as a member and borrow tools.
    member = tm.add(tg.Actor("Member", role="borrower"))
    # The member's own phone, used to browse, check out and photograph returns.
    member_app = tm.add(tg.Device("Member phone app", fleet=True))
    # Volunteers run the shed and inspect tools the agent is unsure about.
    volunteer = tm.add(tg.Actor("Volunteer inspector", role="volunteer"))

with tm.boundary("Library cloud project", trust="internal"):
    # The single backend the app talks to: accounts, loans, photo upload, inspections.
    api = tm.add(
        tg.Endpoint(
            "Library API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo uploads checked for image type and size"),
            },
        )
    )
    # Members, loans, deposits and saved payment tokens.
    member_db = tm.add(
        tg.DataStore(
            "Member and loan database",
            stores={account, sign_in, loans, card_token, decision, inspection_outcome},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Bucket of the photos members take when they return a tool.
    photo_store = tm.add(tg.DataStore("Return photo bucket", stores={photos}))
    # Vision model that scores visible damage (cracks, bent blades, missing parts).
    damage_model = tm.add(
        tg.Model(
            "Tool damage vision model",
            task="detector",
            origin="open-weights",
            returns_scores=True,
            description="Open-weights vision backbone fine-tuned once on volunteer-labelled photos.",
        )
    )
    # LLM agent that decides to refund the deposit or call in a volunteer.
    agent = tm.add(
        tg.Agent(
            "Deposit decision agent",
            autonomy="autonomous",
            description="Refunds when it judges the tool undamaged, otherwise asks for an inspection.",
        )
    )
    # Tool the agent calls to refund the deposit held for a loan.
    refund_tool = tm.add(
        tg.Tool(
            "Deposit refund tool",
            capabilities={"money-movement"},
            controls={c.TransactionLimits(limit="at most the deposit held for that loan")},
        )
    )
    # Tool the agent calls to e-mail the volunteer rota asking for an inspection.
    inspect_tool = tm.add(tg.Tool("Inspection request tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust="partner"):
    # Hosted general-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Payment provider", trust="partner"):
    # Card payment provider that takes deposits and pays refunds.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

# ---------------------------------------------------------------- flows
tm.flow(member, member_app, account, photos, return_note)
tm.flow(member_app, member, loans, decision)
tm.flow(member_app, api, account, sign_in, photos, return_note, protocol="https", controls={tls})
tm.flow(api, member_app, loans, decision, protocol="https", controls={tls})

tm.flow(api, member_db, account, loans, card_token)
tm.flow(member_db, api, account, sign_in, loans, card_token, decision)
tm.flow(api, payments, deposit_hold, card_token, protocol="https", controls={tls})
tm.flow(payments, api, deposit_hold, protocol="https", controls={tls})

tm.flow(api, photo_store, photos)
tm.flow(photo_store, damage_model, photos)
tm.flow(damage_model, agent, damage)
tm.flow(api, agent, return_note, label="return submitted")
tm.flow(member_db, agent, loans, label="loan lookup")

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, payments, refund_call, protocol="https", controls={tls})
tm.flow(payments, refund_tool, refund_result, protocol="https", controls={tls})
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, inspect_tool, inspection_call)
tm.flow(inspect_tool, volunteer, inspection_mail, protocol="smtp")
tm.flow(volunteer, api, sign_in, inspection_outcome, protocol="https", controls={tls})
tm.flow(api, member_db, inspection_outcome)
tm.flow(agent, member_db, decision)

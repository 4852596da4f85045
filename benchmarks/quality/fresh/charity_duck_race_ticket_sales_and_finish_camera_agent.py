"""Charity duck race: ticket sales, finish-line camera and results agent (first design).

Supporters buy numbered rubber ducks on the charity's race website; card payments
go through the payment provider's hosted checkout, which confirms each order to the
website by a signed webhook, and the ticket database keeps who bought which ducks.
On race day a camera over the finish line streams video to the race-day laptop by
the river, where an open-weights vision model fine-tuned by a volunteer reads the
painted duck numbers in crossing order. The organiser checks the finishing order on
the laptop's results console and confirms it; only then does the results agent
(a hosted LLM behind a small tool-calling loop) look up the winning ducks' owners,
announce the winners over the PA, e-mail prize-claim instructions to winners
through an e-mail delivery service and post the results on the website.
Controls: HTTPS everywhere off the laptop, the organiser's confirmation before the
agent acts, the provider's webhook signature, and the managed database's encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Charity duck race ticket sales and finish camera agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Online duck sales for a charity race, a vision model reading duck numbers at the "
        "finish, and an agent that announces winners, e-mails prize claims and posts results "
        "after the organiser confirms."
    ),
)

# ---------------------------------------------------------------- data assets
duck_order = tg.Data(
    "Duck order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Supporter name, e-mail address and number of ducks wanted.",
)
card_payment = tg.Data("Card payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_confirmation = tg.Data(
    "Payment confirmation webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
duck_numbers = tg.Data(
    "Order confirmation with duck numbers", sensitivity=tg.Sensitivity.PII, kind="records"
)
duck_tickets = tg.Data(
    "Duck ticket records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Duck number, buyer name, e-mail address and payment reference.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
finish_video = tg.Data("Finish-line video", sensitivity=tg.Sensitivity.PUBLIC, kind="media")
number_reads = tg.Data(
    "Duck number reads in crossing order", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
finishing_order = tg.Data(
    "Confirmed finishing order",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
organiser_check = tg.Data(
    "Organiser corrections and confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
agent_prompt = tg.Data(
    "Results agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the confirmed finishing order and the winners' names.",
)
agent_completion = tg.Data(
    "Results agent completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
winner_query = tg.Data(
    "Winning duck number lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
winner_details = tg.Data(
    "Winner name and e-mail address", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
announcement = tg.Data(
    "Winner announcement text", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-call"
)
announcement_audio = tg.Data(
    "Winner announcement audio", sensitivity=tg.Sensitivity.PUBLIC, kind="media"
)
prize_email_request = tg.Data(
    "Prize claim e-mail request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
prize_email = tg.Data(
    "Prize claim e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Tells the winner their prize and how to collect it from the charity office.",
)
results_post = tg.Data(
    "Race results post",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Winning duck numbers and winners' first names and initials.",
)
results_page = tg.Data(
    "Published race results", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying ducks and, later, reading the results.
    supporter = tm.add(tg.Actor("Supporter", role="ticket buyer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout, so card numbers never touch the charity's systems.
    payments = tm.add(tg.ExternalService("Payment provider hosted checkout", provides="generic"))

with tm.boundary("E-mail delivery provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the charity already uses for newsletters.
    mailer = tm.add(tg.ExternalService("E-mail delivery service", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the results agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("Charity web hosting", trust=tg.Trust.INTERNAL):
    # Sells ducks, sends confirmations and shows the results page.
    race_site = tm.add(
        tg.Endpoint(
            "Race website and ticket shop",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Guest checkout: supporters buy without an account.",
        )
    )
    # Who bought which numbered duck; the source of truth for winners.
    ticket_db = tm.add(
        tg.DataStore(
            "Ticket database",
            stores={duck_tickets},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )

with tm.boundary("Race-day site network", trust=tg.Trust.INTERNAL):
    # The race organiser on the riverbank, running the day.
    organiser = tm.add(tg.Actor("Race organiser", role="organiser", privileged=True))
    # Fixed camera over the finish line, on the site's Wi-Fi.
    camera = tm.add(tg.Device("Finish-line camera", fleet=False))
    # Reads the painted numbers off ducks as they cross the line.
    reader = tm.add(
        tg.Model(
            "Duck number reader",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights vision model fine-tuned on photos of past races.",
        )
    )
    # Shows the organiser the reads next to the video so they can correct and confirm.
    console = tm.add(
        tg.Service(
            "Results console",
            description="Runs on the race-day laptop; the organiser confirms the order here.",
        )
    )
    # Turns the confirmed finishing order into announcements, e-mails and a results post.
    agent = tm.add(
        tg.Agent(
            "Results agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="race organiser",
                    note="the agent starts only once the organiser confirms the finishing order",
                )
            },
        )
    )
    # Looks up the owners of the winning duck numbers.
    lookup_tool = tm.add(tg.Tool("Winner lookup tool", capabilities={"read"}))
    # Reads announcements out over the PA with text-to-speech.
    pa_tool = tm.add(tg.Tool("PA announcement tool", capabilities={"send-messages"}))
    # Sends each winner their prize-claim e-mail.
    email_tool = tm.add(tg.Tool("Prize claim e-mail tool", capabilities={"send-messages"}))
    # Posts the results to the race website through its content API.
    publish_tool = tm.add(tg.Tool("Results publishing tool", capabilities={"write"}))
    # Speakers at the finish line, plugged into the laptop.
    pa_system = tm.add(tg.Device("PA speaker system", fleet=False))

# ---------------------------------------------------------------- flows
# ticket sales
tm.flow(supporter, race_site, duck_order, protocol="https")
tm.flow(supporter, payments, card_payment, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    race_site,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(race_site, ticket_db, duck_tickets)
tm.flow(race_site, supporter, duck_numbers, protocol="https")

# race day: reading the finish
tm.flow(camera, reader, finish_video, protocol="rtsp")
tm.flow(camera, console, finish_video, protocol="rtsp")
tm.flow(reader, console, number_reads)
tm.flow(console, organiser, number_reads, label="on the laptop screen")
tm.flow(organiser, console, organiser_check, label="on the laptop screen")
tm.flow(console, agent, finishing_order)

# the agent's work
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")
tm.flow(agent, lookup_tool, winner_query)
tm.flow(lookup_tool, ticket_db, winner_query, protocol="https")
tm.flow(ticket_db, lookup_tool, winner_details, protocol="https")
tm.flow(lookup_tool, agent, winner_details)
tm.flow(agent, pa_tool, announcement)
tm.flow(pa_tool, pa_system, announcement_audio, protocol="usb")
tm.flow(agent, email_tool, prize_email_request)
tm.flow(email_tool, mailer, prize_email, protocol="https")
tm.flow(mailer, supporter, prize_email, protocol="smtp")
tm.flow(agent, publish_tool, results_post)
tm.flow(publish_tool, race_site, results_post, protocol="https")
tm.flow(race_site, supporter, results_page, protocol="https", id="results-page")

"""Village film club chatbot: memberships, tickets and age ratings (first design).

A chat widget on the film club's website lets villagers ask about upcoming films,
join the club and book seats at the monthly screenings in the village hall. The
chatbot is an LLM agent on a hosted model: it looks films up in the club's film
catalogue, signs up new members, books tickets and sends a Stripe payment link;
Stripe tells the website by webhook when a payment has gone through. Members
can be 12 or older, so before booking the agent is told to call an age check
tool that compares the member's date of birth with the film's BBFC rating.
Committee volunteers keep the catalogue up to date and print the door list from
a small admin console. Everything runs on one hosted web server and database.
Controls in this design: HTTPS everywhere, a step limit on the agent, Stripe
webhook signatures checked, members identified by membership number and surname,
and one shared committee password on the admin console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village film club chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot that sells memberships and screening tickets, answers "
    "questions about films and checks age ratings for under-18 members.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the booking rules, the conversation and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
film_listings = tg.Data(
    "Film listings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Titles, synopses, BBFC age ratings, screening dates and seat counts.",
)
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, e-mail, date of birth, membership number and type, including children.",
)
application = tg.Data("Membership application", kind="tool-call", sensitivity=tg.Sensitivity.PII)
age_check_request = tg.Data("Age check request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
age_check_result = tg.Data("Age check result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
film_query = tg.Data("Film query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
film_info = tg.Data("Film information", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data("Ticket bookings", kind="records", sensitivity=tg.Sensitivity.PII)
tool_outcome = tg.Data(
    "Booking or membership outcome", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
checkout_request = tg.Data("Checkout request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_payment = tg.Data("Card payment", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
door_list = tg.Data("Door list", kind="records", sensitivity=tg.Sensitivity.PII)
committee_password = tg.Data(
    "Committee login", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Villagers of any age from 12 up, and anyone else who opens the website.
    member = tm.add(tg.Actor("Member or visitor", role="member"))
    # Committee volunteers work from their own laptops at home.
    volunteer = tm.add(tg.Actor("Committee volunteer", role="committee volunteer", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the agent runs on.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Stripe", trust=tg.Trust.PARTNER):
    # Takes card payments on its own checkout page; the club never sees card numbers.
    stripe = tm.add(
        tg.ExternalService(
            "Stripe payments",
            description="Stripe Checkout; membership and ticket prices are set up as products "
            "in the club's Stripe account.",
        )
    )

with tm.boundary("Club web hosting", trust=tg.Trust.INTERNAL):
    # The website's backend: serves the chat widget's API and receives Stripe's webhooks.
    backend = tm.add(tg.Endpoint("Club website backend", purpose=tg.EndpointPurpose.API))
    # The chatbot: reads the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Film club chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Its system prompt tells it to run the age check before every booking.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Answers "what's on" and film questions from the catalogue.
    film_tool = tm.add(tg.Tool("Film info tool", capabilities={"read"}))
    # Compares a member's date of birth with a film's rating and says yes or no.
    age_tool = tm.add(
        tg.Tool(
            "Age rating check tool",
            capabilities={"read"},
            controls={c.Authentication(method="membership number and surname")},
        )
    )
    # Creates a new membership record from what the person typed in chat.
    membership_tool = tm.add(tg.Tool("Membership signup tool", capabilities={"write"}))
    # Reserves seats at a screening for a member.
    booking_tool = tm.add(
        tg.Tool(
            "Ticket booking tool",
            capabilities={"read", "write"},
            controls={c.Authentication(method="membership number and surname")},
        )
    )
    # Asks Stripe for a checkout link for a membership or tickets.
    payment_tool = tm.add(tg.Tool("Payment link tool", capabilities={"network-egress"}))
    # Films, ratings and screenings the committee maintains.
    catalogue = tm.add(tg.DataStore("Film catalogue", stores={film_listings}))
    # Members, bookings and payment status in one small database.
    club_db = tm.add(
        tg.DataStore(
            "Club database", stores={member_records, bookings, payment_status, committee_password}
        )
    )
    # Every conversation, kept to see what people ask about.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Where volunteers edit the programme and print the door list.
    admin = tm.add(
        tg.Service(
            "Club admin console",
            internet_facing=True,
            controls={c.Authentication(method="shared committee password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(member, backend, chat_message, protocol="https")
tm.flow(backend, agent, chat_message)
tm.flow(agent, backend, chat_reply)
tm.flow(backend, member, chat_reply, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, film_tool, film_query)
tm.flow(catalogue, film_tool, film_listings)
tm.flow(film_tool, agent, film_info)

tm.flow(agent, age_tool, age_check_request)
tm.flow(club_db, age_tool, member_records)
tm.flow(catalogue, age_tool, film_listings)
tm.flow(age_tool, agent, age_check_result)

tm.flow(agent, membership_tool, application)
tm.flow(membership_tool, club_db, member_records)
tm.flow(membership_tool, agent, tool_outcome)

tm.flow(agent, booking_tool, booking_request)
tm.flow(club_db, booking_tool, member_records)
tm.flow(booking_tool, club_db, bookings)
tm.flow(booking_tool, agent, tool_outcome)

tm.flow(agent, payment_tool, checkout_request)
tm.flow(payment_tool, stripe, checkout_request, protocol="https")
tm.flow(stripe, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(member, stripe, card_payment, protocol="https", label="pays on Stripe Checkout")
tm.flow(
    stripe,
    backend,
    payment_webhook,
    protocol="https",
    label="webhook",
    controls={c.MessageIntegrity(note="Stripe signature checked with the webhook secret")},
)
tm.flow(backend, club_db, payment_status)

tm.flow(volunteer, admin, committee_password, film_listings, protocol="https")
tm.flow(admin, catalogue, film_listings)
tm.flow(club_db, admin, committee_password, member_records, bookings)
tm.flow(admin, volunteer, door_list, protocol="https")

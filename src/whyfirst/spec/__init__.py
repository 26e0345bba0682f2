"""whyfirst.spec"""
